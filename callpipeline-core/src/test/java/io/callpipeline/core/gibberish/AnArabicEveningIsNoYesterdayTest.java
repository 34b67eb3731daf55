package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arabic's evening ("أمسية", "الأمسية") opens with its yesterday ("أمس"), and was read as a day a caller names, which
 * excused an ending said on an evening ("شكرا لكم على حضوركم هذه الأمسية", the hundred-and-thirtieth held-back set's
 * miss). An evening is no day to meet; a caller's yesterday still is.
 */
class AnArabicEveningIsNoYesterdayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا لكم على حضوركم هذه الأمسية.",
        "شكرا على المتابعة ونتمنى لكم أمسية سعيدة، إلى اللقاء في الحلقة القادمة.",
        "كانت هذه أمسيتنا، شكرا لكم على المشاهدة.",
    })
    void anEndingSaidOnAnEveningIsStillAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا على الفيديو، شفت الشقة أمس وبدي أرجع أشوفها.",
        "شكرا على المتابعة أمس، الشقة لسا متوفرة؟",
        "شكرا لحضوركم أمس، منوقع العقد بكرا الساعة خمسة.",
    })
    void aCallersYesterdayStillExcusesHim(String text) {
        assertPasses(text);
    }
}
