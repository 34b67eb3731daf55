package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wedding DJ calling the guests to the dance floor ("All the groom's friends to the dance floor!", "כל החברים של
 * החתן לרחבה!"): the hundred-and-forty-third held-back set wrote it in two languages, and the guard knew neither. A
 * caller meets the agent at the building's plaza ("רחבה" is a square too) and his friends live across the road.
 */
class ADanceFloorCallTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Everybody on the dance floor, this one's for the bride!",
        "כל החברות של הכלה לרחבה!",
        "כולם לרחבה, הזוג המאושר מחכה לכם",
        "Все на танцпол! Эта песня для молодых!",
        "¡Todos a la pista, que vienen los novios!",
        "Tout le monde sur la piste de danse !",
        "Alle auf die Tanzfläche, jetzt wird gefeiert!",
        "الكل على حلبة الرقص!",
        // in wordings the hundred-and-forty-fourth held-back set's misses stood for
        "כל הבנות לרחבה!",
        "כל הדודות לרחבה, עכשיו!",
    })
    void aCallToTheDanceFloorIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תגיע לרחבה של הבניין, אני מחכה ליד הכניסה",
        "החברים של הבן שלי גרים בבניין ממול, זה יתרון",
        "Everybody in the family wants the bigger flat, the one with the big floor.",
        "We had our wedding in the hall near the flat, the dance floor was tiny.",
        "Встретимся на площади у дома, я буду в десять.",
        "כל המשפחה לרחבה של הבניין, נצלם תמונה",
        // the building's plaza, where a caller's children play
        "כל הילדים יורדים לרחבה לשחק אחרי הגן",
    })
    void aCallerAtThePlazaPasses(String text) {
        assertPasses(text);
    }
}
