package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twenty-second held-back set's misses stand for, each in three languages or more (the set's own rows
 * moved to development): a video's opening that tells its subject ("In this video we'll talk about saving money",
 * "בסרטון הזה נדבר על", "В этом видео поговорим о": a teaser of this video, whose words may be a caller's) or greets
 * today's video ("Hi everyone, so today in this video"), gratitude for a subscription ("Буду благодарен, если
 * подпишетесь на канал": a channel to subscribe to is no thanks' video), a comment or a like asked in the singular
 * noun or another order ("תשאירו תגובה", "اتركوا تعليق", "recuerden suscribirse", "አትርሱ"), the live stream's
 * audience ("حضروا", "geschaut"), "ככה" among fillers. A defect hid endings: the thanks before "subscribe to the
 * channel" was taken for thanks for a video. Left: French "Montage : Hugo Bernard", whose label opens as German's
 * "Montage" (Mondays), a day a caller names. A caller who names a day or thanks for the video of the flat passes.
 */
class TwentySecondSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "In this episode we'll talk about buying a flat",
        "בפרק הזה נדבר על משכנתאות",
        "В этом выпуске поговорим об ипотеке",
        "في هالحلقة رح نحكي عن الإيجار",
        "Hey guys, today in this video",
        "היי חברים, היום בסרטון",
        "Привет, друзья, сегодня в видео",
        "I'd be grateful if you subscribed to the channel",
        "אשמח מאוד אם תירשמו לערוץ, תודה",
        "Буду благодарна, если подпишетесь на канал",
        "תשאירו תגובה למטה",
        "اتركوا تعليق تحت الفيديو",
        "Recuerden darle like al video",
        "شكرا للي حضروا اللايف",
    })
    void theTwentySecondSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In the video of the flat we'll talk about the price on Sunday",
        "Thanks for the video of the kitchen, I'll subscribe to your newsletter",
        "Montag passt mir, danke für das Video",
        "Thanks for the video, see you Monday",
        "בסרטון של הדירה רואים את המטבח, נדבר על המחיר מחר",
        "Recuerden que la visita es el lunes",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
