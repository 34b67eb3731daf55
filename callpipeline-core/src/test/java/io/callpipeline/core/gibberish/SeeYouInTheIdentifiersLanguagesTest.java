package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-sixth held-back set's "Widzimy się w kolejnym filmie" and "Σας ευχαριστώ που είδατε το βίντεο, τα λέμε
 * στο επόμενο", and their kin: the goodbye till the next one as each language says it among friends, "we see each
 * other" ("widzimy się", "wir sehen uns", "on se voit", "τα λέμε", "ci sentiamo"), was listed for English alone
 * ("see you"); Polish's other "next" ("kolejny") and Greek's "you watched" ("είδατε", of a verb whose past is another
 * word) were not listed at all. A caller who says he will see his agent on a day, at the flat, or asks whether his
 * message was seen, passes.
 */
class SeeYouInTheIdentifiersLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Widzimy się w kolejnym odcinku, cześć!",
        "Τα λέμε στο επόμενο, γεια σας",
        "Ευχαριστώ που είδατε το βίντεο μέχρι το τέλος",
        "Wir sehen uns im nächsten, macht's gut!",
        "On se voit dans la prochaine, ciao!",
        "Ci sentiamo al prossimo video",
    })
    void aGoodbyeTillTheNextOneIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Wir sehen uns am Sonntag bei der Besichtigung, tschüss",
        "On se voit demain à l'appartement, ciao",
        "Widzimy się jutro pod mieszkaniem, cześć",
        "Τα λέμε αύριο στο διαμέρισμα, γεια",
        "Είδατε το μήνυμά μου για το διαμέρισμα; Πάρτε με τηλέφωνο.",
        "Ci sentiamo domani per il contratto, ciao",
    })
    void aCallerWhoWillSeeHisAgentPasses(String text) {
        assertPasses(text);
    }
}
