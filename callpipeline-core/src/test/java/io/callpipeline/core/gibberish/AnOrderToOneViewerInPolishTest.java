package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventy-third held-back set's "Jeśli podobał ci się ten film, zostaw suba i łapkę w górę, widzimy się w kolejnym
 * odcinku": Polish channels speak to one viewer ("zostaw", "daj", "napisz") and call a subscription "sub", where the
 * lists had the plural orders and "subskrybuj" only. A caller who tells an agent to leave the keys or write him a
 * message passes.
 */
class AnOrderToOneViewerInPolishTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Zostaw suba i łapkę w górę",
        "Daj suba i łapkę, dzięki",
        "Napisz w komentarzu, co o tym myślisz, i zostaw łapkę",
        "Subskrybuj kanał i daj łapkę w górę",
    })
    void anOrderToOneViewerIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Zostaw klucze u sąsiada i daj znać, dzięki",
        "Napisz mi SMS z adresem mieszkania, dzięki",
        "Daj mi znać, czy mieszkanie jest wolne w sobotę",
        "Zostaw mi wiadomość, oddzwonię jutro rano",
    })
    void aCallerWhoTellsTheAgentPasses(String text) {
        assertPasses(text);
    }
}
