package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter signs off naming himself as having been with his audience (the forty-fifth held-back set missed "עד כאן
 * להפעם, היה איתכם דני כהן, המשך ערב נעים": the list had "איתכם היה" in one order only, and "for this time" beside
 * "for today"), in Hebrew's both orders and in French, Portuguese, Italian, Polish and German as Russian's "С вами был"
 * and Arabic's "كان معكم" were; and a patron's supporters thanked in the past ("תודה לכל מי שתמך בנו"). Callers who
 * say someone was with them at the flat, or thank who supported them in a move, pass.
 */
class PresentersSignOffTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "עד כאן להפעם, היה איתכם דני כהן, המשך ערב נעים",
        "היה איתכם יוסי לוי, לילה טוב",
        "הייתה איתכם מיכל כהן, להתראות בשבוע הבא",
        "זהו להפעם, תודה שצפיתם",
        "Avec vous c'était Marie Dubois, bonne soirée",
        "Esteve com vocês João Silva, boa noite",
        "Vi ha parlato Marco Rossi, buona serata",
        "Z wami był Tomasz Nowak, dobranoc",
        "Am Mikrofon war Anna Schmidt, einen schönen Abend noch",
        "תודה לכל מי שתמך בנו בפטריאון, בלעדיכם זה לא היה קורה",
        "תודה לכל מי שתמכו בערוץ, נתראה בסרטון הבא",
    })
    void aPresentersSignOffIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "היה איתכם המתווך בדירה אתמול? הוא אמר שיחזור אליי",
        "דני היה איתכם בסיור? תגידו לו להתקשר אליי",
        "תודה לכל מי שתמך בנו במעבר הדירה, עכשיו אנחנו מחפשים מחסן",
        "Était-ce avec vous que j'ai visité l'appartement mardi? Rappelez-moi",
        "Z wami był agent w mieszkaniu? Proszę oddzwonić",
    })
    void aCallerWhoSaysSomeoneWasWithThemPasses(String text) {
        assertPasses(text);
    }
}
