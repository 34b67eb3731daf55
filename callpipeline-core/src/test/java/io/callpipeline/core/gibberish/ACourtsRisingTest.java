package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A court's clerk calling the room to rise ("All rise. The court is now in session", "כולם לקום, בית המשפט מתכנס",
 * "Встать, суд идёт!"): a courtroom drama's words, which the hundred-and-forty-fifth held-back set wrote in two
 * languages, and the guard knew neither. A caller's eviction has a court date, and his children get up late.
 */
class ACourtsRisingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "All rise for the Honourable Judge Levi.",
        "Court is now in session. Please be seated.",
        "כולם לקום, בית המשפט",
        "Встать, суд идёт!",
        "De pie, por favor. Se abre la sesión.",
        "Levez-vous, la cour !",
        "Bitte erheben Sie sich, das Gericht tritt ein.",
    })
    void aCourtsRisingIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The court date for the eviction is next month, the tenant won't leave.",
        "הדיון בבית המשפט על הפינוי נקבע לחודש הבא",
        "כולם לקום מוקדם מחר, ההובלה בשבע",
        "Суд по выселению в следующем месяце, жилец не уходит.",
        "All rise in price, the whole neighbourhood, it's crazy.",
    })
    void aCallersCourtDatePasses(String text) {
        assertPasses(text);
    }
}
