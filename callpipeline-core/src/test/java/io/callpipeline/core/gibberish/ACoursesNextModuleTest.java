package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An online course's next module or lesson announced ("In the next module, we'll look at how to set up your first
 * project", "במודול הבא נלמד איך לבנות תקציב", "В следующем модуле мы разберём…"): the hundred-and-forty-first held-back
 * set wrote it, and the guard knew only a series' next episode so. A caller speaks of the next stage of the deal or of
 * his son's next lesson on a day, and asks.
 */
class ACoursesNextModuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "In the next module, we'll cover how to read a balance sheet.",
        "In the next lesson, we will learn the past tense.",
        "במודול הבא נלמד איך לבנות תקציב משפחתי",
        "בשיעור הבא נלמד על מחירי הדירות בתל אביב",
        "В следующем модуле мы разберём, как настроить первый проект.",
        "На следующем уроке мы поговорим о глаголах.",
        "En el próximo módulo veremos cómo preparar un presupuesto.",
        "Im nächsten Modul lernen wir, wie man ein Budget erstellt.",
        "Dans le prochain module, nous verrons comment créer un budget.",
        "في الدرس القادم سنتحدث عن الأفعال",
    })
    void aCoursesNextModuleIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In the next stage we'll sign with the lawyer, then the bank.",
        "My son has his next lesson on Sunday, can we meet after?",
        "בשלב הבא נעשה שמאות לדירה ואז נלך לבנק",
        "בשיעור הבא של הבן שלי ביום ראשון אני לא יכול, אולי שני?",
        "На следующем этапе мы подпишем договор у юриста.",
        "En el próximo paso firmamos con el abogado, ¿le parece?",
        "In the next lesson we have, my son has a test.",
        "בשיעור הבא נראה אם הבן שלי מסתדר",
        "En el próximo módulo del edificio veremos la piscina.",
        "במודול הבא של הבניין נבנה חניה",
    })
    void aCallersNextStepPasses(String text) {
        assertPasses(text);
    }
}
