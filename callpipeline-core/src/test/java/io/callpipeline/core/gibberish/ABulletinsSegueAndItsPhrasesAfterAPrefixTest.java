package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulletin that hands over to its next part ("And now, the weather", "А теперь о погоде", "ועכשיו, לתחזית מזג
 * האוויר"), an ending's phrase after a Hebrew or Arabic prefix joined to its first word ("ובפרקים הקודמים", "وبعد
 * الفاصل"), and an Arabic bulletin's summary that ends ("إلى هنا ينتهي موجز الأنباء"): the hundred-and-eighth and
 * hundred-and-ninth held-back sets said them, and the guard knew the forecast only as a heading of its own, a phrase
 * only from a bare first word, and the news only as "نشرة". A caller asks about the weather on the day of a viewing,
 * and goes on about the flat after "and now".
 */
class ABulletinsSegueAndItsPhrasesAfterAPrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And now to the weather.",
        "And now, sports.",
        "ועכשיו, לתחזית מזג האוויר",
        "ועכשיו לספורט",
        "А теперь о погоде",
        "А теперь новости спорта",
        "Et maintenant, la météo.",
        "Y ahora, el tiempo.",
        "Und jetzt das Wetter.",
        "والآن إلى أحوال الطقس",
    })
    void aBulletinHandingOverToItsNextPartIsABroadcast(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ובפרקים הקודמים",
        "ואתם מאזינים לגלי צה\"ל",
        "וחזרה לאולפן",
        "وبعد الفاصل نعود إليكم",
        "وكنتم تستمعون إلى إذاعة الشمس",
        "فنعود إليكم بعد الفاصل",
    })
    void anEndingsPhraseAfterAPrefixJoinedToItsFirstWordIsOneStill(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "إلى هنا ينتهي موجز الأنباء",
        "إلى هنا ينتهي موجز الأخبار، طابت أوقاتكم",
        "أنتم تستمعون إلى إذاعة مكان، الساعة الثامنة",
    })
    void anArabicBulletinsSummaryOrItsHourIsABroadcast(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "And now the weather is nice, can we see the flat today?",
        "ועכשיו לגבי מזג האוויר, אפשר לדחות את הסיור למחר?",
        "А теперь о цене: можно скидку?",
        "А погода сегодня плохая, можно перенести просмотр?",
        "Et maintenant la météo dit qu'il va pleuvoir, on reporte la visite?",
        "وبعد الظهر بنرجع نحكي، بدي أشوف الشقة",
        "ובפרק הזמן הזה אני בחו\"ל, תחזרו אליי בשבוע הבא",
        "الطقس اليوم مش منيح، ممكن نأجل الزيارة لبكرا؟",
        "What's the weather like in Eilat now? We want to come see the flat",
        "أنا بالشغل هلأ، الساعة الثامنة بخلص، رجعلي",
        "והחדשות הטובות הן שהמוכר הסכים",
    })
    void aCallerOnTheWeatherTheHourOrTheNewsPasses(String text) {
        assertPasses(text);
    }
}
