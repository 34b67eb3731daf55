package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A radio DJ's dedication of the next song ("This next one goes out to everyone driving home tonight", "והשיר הבא
 * מוקדש לכל מי שנוהג עכשיו הביתה", "Esta próxima canción va para todos…"): the hundred-and-forty-first held-back set
 * wrote it in three languages, and the guard missed all three. A caller's next one is a buyer, a flat or a letter that
 * goes to someone.
 */
class ADjsDedicationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This next song goes out to all the night shift workers out there.",
        "This next one goes out to Dana, happy birthday from your husband.",
        "השיר הבא מוקדש לכל החיילים שלנו",
        "והשיר הזה מוקדש באהבה לסבתא רחל",
        "Следующая песня посвящается всем, кто сейчас в дороге.",
        "Esta canción va dedicada a todas las mamás que nos escuchan.",
        "Der nächste Song geht raus an alle, die heute Nachtschicht haben.",
        "Cette chanson est dédiée à tous ceux qui rentrent du travail.",
        "الأغنية التالية مهداة لكل المستمعين",
    })
    void aDjsDedicationIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The next one goes to the buyer from Haifa, he offered more.",
        "This letter goes out to the lawyer tomorrow morning.",
        "הדירה הבאה מיועדת למשפחה עם ילדים, שלושה חדרים",
        "Следующая квартира на третьем этаже, посмотрим в воскресенье?",
        "La próxima visita es para la familia Cohen, el domingo.",
        "My daughter sings, the song was for her wedding, we need the hall near the flat.",
        "Эта песня для моей жены, она обожает эту квартиру.",
    })
    void aCallersNextOnePasses(String text) {
        assertPasses(text);
    }
}
