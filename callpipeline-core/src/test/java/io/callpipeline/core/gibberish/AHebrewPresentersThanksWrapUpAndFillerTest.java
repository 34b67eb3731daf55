package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A grid of Hebrew endings (2026-12-07: a wrap-up, thanks, an order to like or comment and a goodbye crossed in
 * their everyday paraphrases, 600 on three draws, 580 caught) found three forms passing: thanks said with the verb
 * ("מודה לכם על הצפייה", "מודים לכם"), where only "תודה" was thanks; "וואלה" before a wrap-up, a filler no list held
 * (nor Italian's "vabbè": "Vabbè, per oggi è tutto"); and the presenter's "that's what I had to say today" ("זה מה
 * שהיה לי להגיד היום"). A caller who thanks for the help with the mortgage, admits the price is high, says "וואלה"
 * about the flat or ends with what he had to say, without today, still passes.
 */
class AHebrewPresentersThanksWrapUpAndFillerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "מודה לכם על הצפייה",
        "מודים לכם על הצפייה",
        "זהו, מודה לכם על הצפייה",
        "מודה לכם על הצפייה, עד הפעם הבאה",
        "וואלה, עד כאן להיום",
        "וואלה, מודה לכם על הצפייה",
        "אז חברים, זה מה שהיה לי להגיד היום",
        "זה מה שהיה לי להגיד לכם היום, שמרו על עצמכם",
        "Vabbè, per oggi è tutto",
        "Vabbè, questo è tutto per oggi, alla prossima",
    })
    void aPresentersThanksWrapUpOrFillerIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "מודה לכם על העזרה עם המשכנתא, נדבר מחר",
        "אני מודה שהמחיר גבוה, אבל נשמח לראות אותה ביום ראשון",
        "וואלה, הדירה יפה, מתי אפשר לבוא לראות אותה?",
        "זה מה שהיה לי להגיד, תודה, ביי",
        "Vabbè, allora ci vediamo domani alle dieci davanti al palazzo",
        "מודים לכם על הצפייה בדירה אתמול, אנחנו רוצים להגיש הצעה",
    })
    void aCallerWhoThanksAdmitsOrEndsPasses(String text) {
        assertPasses(text);
    }
}
