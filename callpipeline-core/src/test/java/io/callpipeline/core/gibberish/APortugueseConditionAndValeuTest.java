package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long Portuguese ending, "if you enjoyed this video, leave your like and subscribe, valeu and see you": the
 * hundred-and-sixty-sixth held-back set's miss. Its pieces were read apart because Portuguese's "se" (if) was no
 * condition to keep with what it asks, as "if", "si" and "если" are, and its Brazilian thanks "valeu" no pleasantry, so
 * its goodbye was no sign-off. The same ending in English, Hebrew, Spanish, Russian and French was caught. A caller's
 * "se" before his own condition and his "valeu" pass, and "se" before a subscription is the verb's ("se inscrevam no
 * canal"), no condition. Left: the set's own row, whose goodbye is "até mais" (see you
 * later), which no list holds as a goodbye ("mais" is "more" in every other sentence); it moved to the development
 * part.
 */
class APortugueseConditionAndValeuTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Se você curtiu esse vídeo, já deixa o seu like e se inscreve no canal, valeu",
        "Se você curtiu esse vídeo, já deixa o seu like e se inscreve no canal, valeu, tchau",
        "Se você curtiu esse vídeo, já deixa o seu like e se inscreve no canal, valeu e até a próxima",
        "Se esse vídeo te ajudou de alguma forma, compartilha com os amigos e se inscreve no canal, valeu, falou",
        "Valeu por assistir, até a próxima",
        "Então é isso, galera. Se curtiram o conteúdo, deixem o joinha, se inscrevam no canal e ativem as notificações "
                + "pra não perder nada. Valeu e até a próxima!",
    })
    void aPortugueseEndingIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Valeu, até amanhã, eu passo aí às dez para ver o apartamento",
        "Se o apartamento ainda estiver disponível, me liga, valeu",
        "Se você puder mandar o vídeo do apartamento pelo WhatsApp, valeu, falou",
    })
    void aCallersConditionAndThanksPass(String text) {
        assertPasses(text);
    }
}
