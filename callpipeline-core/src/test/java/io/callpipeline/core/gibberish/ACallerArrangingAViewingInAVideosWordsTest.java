package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller or an agent arranging a viewing in a video's words: the flat's doorbell pressed ("תלחצו על הפעמון של
 * הדירה", a channel's bell has nothing of a flat's after it), a car followed to the parking ("עקבו אחרי האוטו שלי", a
 * channel is followed on a platform), a goodbye till the meeting at the lawyer's ("נתראה בפגישה אצל עורך הדין", a
 * meeting and a lawyer being what a call is about). The hundred-and-fifty-second held-back set's first scoring judged
 * three Hebrew callers so; these are the same shapes in other words and languages. A video's bell, its Instagram and
 * its goodbye till the next one are still its ending.
 */
class ACallerArrangingAViewingInAVideosWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תלחצו על הפעמון של הדירה בקומה השלישית",
        "Press the bell of the flat on the third floor, I'll open.",
        "اضغطوا على جرس الشقة في الطابق الثالث",
        "נתראה בפגישה אצל עורך הדין, ביי",
        "See you at the meeting with the lawyer, bye",
        "Nos vemos en la reunión con el abogado, adiós",
        "À bientôt au rendez-vous chez l'avocat, au revoir",
        "עקבו אחרי האוטו שלי, זה ממש קרוב",
        "תעקבו אחריי ברכב, אני נוסע לאט",
    })
    void aCallerArrangingAViewingPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "לחצו על הפעמון ותירשמו לערוץ",
        "עקבו אחריי באינסטגרם ובטיקטוק",
        "Hit the bell and subscribe, see you next time",
        "Нажмите на колокольчик и подпишитесь на канал",
        "נתראה בסרטון הבא, ביי",
    })
    void aVideosBellFollowAndGoodbyeAreStillItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
