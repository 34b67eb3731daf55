package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience thanked for watching in the verb of appreciating, or watching in a form the lists lacked: "אני מעריך
 * מאוד שצפיתם", "Очень ценю, что вы досмотрели до конца", "De verdad agradezco que lo vieran", "ለተመለከቱ ሁሉ ምስጋና",
 * "Danke, dass ihr bis zum Schluss geblieben seid". A grid of video endings in eight languages (2026-12-08, 574 of 720
 * caught on three draws at the session's start) found each passing alone and, beside a wrap-up and a goodbye, making
 * the whole a call. A caller who appreciates the agent's time, or estimates a price, thanks for no watching. Left:
 * Russian's present tense ("Очень ценю, что вы смотрите").
 */
class AThanksSaidAsAppreciationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "אני מעריך מאוד שצפיתם",
        "מעריכים מאוד שצפיתם בסרטון עד הסוף",
        "Очень ценю, что вы досмотрели до конца",
        "Ценю, что посмотрели это видео",
        "De verdad agradezco que lo vieran",
        "Les agradezco que vieran el video hasta el final",
        "ለተመለከቱ ሁሉ ምስጋና",
        "Danke, dass ihr bis zum Schluss geblieben seid",
        "Bueno chicos, de verdad agradezco que lo vieran, nos vemos en el próximo video",
    })
    void aThanksSaidAsAppreciationIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני מעריך שהמחיר יירד בחודש הבא, תודה",
        "מעריך מאוד את העזרה שלך, ביי",
        "Ценю ваше время, перезвоню завтра",
        "Le agradezco que me haya llamado, hasta luego",
        "Agradezco que vieran el piso conmigo ayer, ¿cuándo firmamos?",
        "Danke, dass Sie bis zum Schluss geblieben sind, bis morgen beim Notar",
    })
    void aCallersAppreciationPasses(String text) {
        assertPasses(text);
    }
}
