package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The days and months recited in the languages the identifier names by a script of their own (Korean, Hindi, Georgian,
 * Armenian, Greek's neighbours…), which had number words and letters from ICU but no calendar: a weekday run there was
 * read as words. Callers who name a day in those languages pass.
 */
class CalendarsInEveryScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "월요일, 화요일, 수요일, 목요일, 금요일, 토요일",
        "सोमवार, मंगलवार, बुधवार, गुरुवार, शुक्रवार, शनिवार",
        "ორშაბათი, სამშაბათი, ოთხშაბათი, ხუთშაბათი, პარასკევი",
        "երկուշաբթի, երեքշաբթի, չորեքշաբթի, հինգշաբթի, ուրբաթ",
        "जनवरी, फ़रवरी, मार्च, अप्रैल, मई, जून",
    })
    void aWeekOrAYearRecitedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "월요일이나 화요일에 집을 보러 가도 될까요?",
        "मैं सोमवार या मंगलवार को फ्लैट देखने आ सकता हूँ?",
        "ორშაბათს ან სამშაბათს შემიძლია ბინის ნახვა?",
    })
    void aCallerWhoNamesADayPasses(String text) {
        assertPasses(text);
    }
}
