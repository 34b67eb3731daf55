package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the ninety-eighth (this session's rules in new wordings) and ninety-ninth (Arabic and Russian alone) held-back
 * sets missed, as kinds: the details said to be in the description ("كل التفاصيل بالوصف تحت"); a presenter's sign-off
 * naming the channel in a script without capitals ("كانت معكم ريم من قناة بيتك بإسرائيل", whose name held a home's
 * word); the order to comment first and the audience's opinion after it ("Comment below which neighbourhood was your
 * favourite"); a goodbye's wish for the audience's loved ones ("Prenez soin de vous et de vos proches"); the audience
 * that stuck around this far. The callers read the details, saw the flat on a channel, or ask after the family.
 */
class TheSessionsRulesInMoreWordingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "All the details are in the description below",
        "Все подробности в описании",
        "כל הפרטים בתיאור",
        "Tous les détails sont dans la description",
        "كانت معكم سلمى من قناة بيتك الجديد",
        "كان معكم أحمد من قناة عقارات الشمال",
        "איתכם הייתה מיכל מערוץ דירה להשכיר",
        "Comment below which kitchen was your favourite and why",
        "Commentez quelle cuisine vous a plu le plus",
        "Комментируйте, какая кухня вам понравилась больше",
        "Prenez bien soin de vous et de vos proches",
        "תשמרו על עצמכם ועל המשפחה",
        "Cuídense mucho y cuiden a los suyos",
        "انتبهوا على حالكم وعلى عيلتكم",
        "Thanks to everyone who stuck around this far",
        "תודה לכל מי שנשארו איתי עד לכאן",
    })
    void theRulesKindsInMoreWordingsAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ראיתי את כל הפרטים בתיאור, הדירה עוד פנויה?",
        "I read all the details in the description of the listing, call me back",
        "Я прочитал все подробности в описании, перезвоните",
        "شفت الشقة على قناة العقارات، بعدها متوفرة؟",
        "كان معكم بالشقة أمس؟ رن علي",
        "ראיתי את הדירה בערוץ נדל\"ן, היא עוד פנויה? תחזרו אליי",
        "Like I said, what do you think about the price, call me",
        "איך המשפחה? תתקשר",
        "We stuck around the flat till six, call me about the offer",
    })
    void aCallerWhoReadTheDetailsOrSawAChannelPasses(String text) {
        assertPasses(text);
    }
}
