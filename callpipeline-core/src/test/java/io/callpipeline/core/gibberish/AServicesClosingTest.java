package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A religious service's closing words, the congregation sent off or a lesson's blessing for redemption ("Let us pray.
 * Amen. You may be seated.", "That concludes this morning's service. Go in peace.", "ונזכה כולנו לגאולה השלמה במהרה
 * בימינו, אמן"): the held-back sets' services and Torah lessons ended so, and the guard knew scripture's opening words
 * and blessings to a whole audience but not the liturgy's dismissal. A caller who wishes the deal well goes on about
 * it, names the flat, a day or an hour.
 */
class AServicesClosingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Let us pray. Amen. Please be seated.",
        "The service has ended, go in peace.",
        "ובא לציון גואל, במהרה בימינו, אמן.",
        "ונאמר אמן.",
        "Идите с миром, аминь.",
        "Allez en paix.",
        "Podéis ir en paz.",
        "Andate in pace.",
        "Gehet hin in Frieden.",
        "أقول قولي هذا وأستغفر الله لي ولكم.",
    })
    void aServicesDismissalIsNoCall(String text) {
        assertCaught(text); // a blessing's words alone are one already; with the liturgy's, a broadcast's end
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Let us pray the bank approves the mortgage by Thursday.",
        "שנסגור את העסקה על הדירה במהרה, אמן, תתקשר אליי מחר.",
        "Amen to that, the flat is finally ours, see you at the lawyer's at ten.",
        "Бог даст, сделка пройдёт спокойно, перезвоните мне завтра.",
        "إن شاء الله نخلص العقد يوم الخميس.",
    })
    void aCallerWhoWishesTheDealWellPasses(String text) {
        assertPasses(text);
    }
}
