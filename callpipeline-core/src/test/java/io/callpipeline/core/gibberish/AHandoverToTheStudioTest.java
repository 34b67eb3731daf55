package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reporter's handover back to the studio ("نعود إلى الاستوديو", "À vous les studios", "Over to you in the studio",
 * "ובחזרה אליכם לאולפן"): the hundred-and-twenty-fourth held-back set closed an Arabic match's commentary with one, and
 * the guard knew the handover in eight other languages, two wordings each. A studio is a flat too ("a studio
 * apartment", "استوديو" in Arabic), which a caller goes back to among his own words: until then, "We went back to the
 * studio on Dizengoff, the owner wants 4,000 a month" was judged a broadcast's end, as any caller who said "back to the
 * studio" was. A handover is the transcript's last words.
 */
class AHandoverToTheStudioTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "معكم من الملعب، نعود إلى الاستوديو.",
        "هذا كل شيء من هنا، الكلمة للاستوديو.",
        "C'était notre direct depuis Marseille. À vous les studios !",
        "From the stadium, that's all. Over to you in the studio.",
        "מכאן, ובחזרה אליכם לאולפן.",
        "Direto de Lisboa, de volta ao estúdio.",
        "Это всё из Москвы, передаю слово студии.",
    })
    void aHandoverToTheStudioIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Can we go back to the studio apartment on Herzl tomorrow at five?",
        "بدنا نرجع نشوف الاستوديو بحيفا، الشقة الصغيرة، إيمتى بتقدر؟",
        "We went back to the studio on Dizengoff, the owner wants 4,000 a month.",
        "Nous revenons au studio rue Jaurès demain, le propriétaire sera là.",
        "חזרנו לאולפן של השכן, הוא רוצה למכור את הדירה",
    })
    void aCallerWhoGoesBackToAStudioPasses(String text) {
        assertPasses(text);
    }
}
