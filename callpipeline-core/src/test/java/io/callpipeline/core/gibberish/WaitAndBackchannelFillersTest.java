package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-fifth held-back set's fillers (0.79 of its 34 on first scoring): "wait" said over and over was a filler
 * in Hebrew and English only ("רגע... רגע...", "Wait, wait..."), and a listener's "uh-huh", "ajá", Portuguese's "tipo"
 * and "né" were no filler's words. Each in the languages of Israel's callers and the identifier's; a caller who says
 * them around a flat, a day, a document or a question passes.
 */
class WaitAndBackchannelFillersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "استني... استني... يعني",
        "Подожди... подожди... ну",
        "Attends... attends... bon",
        "Espere... espere... bueno",
        "Espera aí... espera... então",
        "Warte... warte... also",
        "Aspetta... aspetta... allora",
        "Czekaj... czekaj... no",
        "Uh-huh. Uh-huh. Okay.",
        "Ajá, ajá, vale",
        "Aham... aham... tá",
        "Угу... угу... ага",
        "Tipo... né... tipo...",
    })
    void waitAndAListenersSoundsSaidAloneAreFillers(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "استني شوي، هيني جاي عالشقة",
        "Подождите, я найду договор и перезвоню",
        "Attendez, je cherche les clés de l'appartement",
        "Espere, mi esposa quiere ver el piso el martes",
        "Espera aí, o apartamento tem garagem?",
        "Uh-huh, yes, the contract is signed, thanks",
        "Ajá, entonces el alquiler es cinco mil, ¿verdad?",
        "Tipo, o apartamento é bom, né, mas o preço é alto",
    })
    void aCallerWhoSaysThemAroundHisBusinessPasses(String text) {
        assertPasses(text);
    }
}
