package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The days of the week or the months recited in their order ("ראשון, שני, שלישי, רביעי, חמישי, שישי",
 * "January, February, March, April, May"), a loop Whisper falls into as it falls into counting and the alphabet.
 * The names are ICU's for every language the identifier names. The eighth held-back set missed the Hebrew days at
 * its first scoring; these are the same shape in other languages and with the months. A caller who names the
 * days he is free among what he says, or a few days in no order, passes.
 */
class CalendarRecitalTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ראשון, שני, שלישי, רביעי, חמישי, שישי",
        "יום ראשון, יום שני, יום שלישי, יום רביעי, יום חמישי",
        "ינואר, פברואר, מרץ, אפריל, מאי, יוני",
        "Monday, Tuesday, Wednesday, Thursday, Friday",
        "January, February, March, April, May, June, July",
        "Понедельник, вторник, среда, четверг, пятница, суббота",
        "Январь, февраль, март, апрель, май",
        "الأحد، الاثنين، الثلاثاء، الأربعاء، الخميس",
        "Lundi, mardi, mercredi, jeudi, vendredi",
        "Enero, febrero, marzo, abril, mayo",
    })
    void theDaysOrMonthsInOrderAreNoCall(String text) {
        assertCaughtAs(text, RecitingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני יכול לבוא ראשון, שני או חמישי בערב",
        "אני פנוי ראשון, שני, שלישי, רביעי, חמישי אחרי חמש, תתקשר",
        "I am free Monday, Tuesday and Friday after six",
        "Можно в понедельник, среду или пятницу",
        "We move in March, April or May, depends on the bank",
        "שני, רביעי, ראשון",
    })
    void aCallerNamingDaysPasses(String text) {
        assertPasses(text);
    }
}
