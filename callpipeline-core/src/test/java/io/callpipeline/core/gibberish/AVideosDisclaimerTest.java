package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's or a podcast's disclaimer ("This video is for educational purposes only", "הסרטון אינו מהווה ייעוץ
 * פיננסי", "Этот ролик носит ознакомительный характер", "هذا الفيديو لأغراض تعليمية فقط"): the hundred-and-nineteenth
 * held-back set ended a podcast with one, and the guard knew no disclaimer in any language. It says what the broadcast
 * is not, so it ends one only beside the broadcast it names; a caller who says his contract is no advice, or asks
 * whether the flat's video is only an illustration, names no broadcast, or asks.
 */
class AVideosDisclaimerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This video is for educational purposes only and is not financial advice.",
        "The content of this channel is for informational purposes only.",
        "הסרטון הזה אינו מהווה ייעוץ פיננסי.",
        "התוכן בערוץ נועד למטרות מידע בלבד.",
        "Этот ролик носит исключительно ознакомительный характер.",
        "Видео не является индивидуальной инвестиционной рекомендацией.",
        "هذا الفيديو لأغراض تعليمية فقط.",
        "محتوى القناة لا يعتبر نصيحة مالية.",
        "Este video es solo con fines educativos.",
        "Cette vidéo ne constitue pas un conseil financier.",
    })
    void aBroadcastsDisclaimerIsItsLine(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I know it's not financial advice, but should I sell the flat now or wait until the summer?",
        "My lawyer said the contract is for information purposes only until we sign, call me back.",
        "Is the video of the flat for illustration purposes only, or is that the real kitchen?",
        "אני יודע שזה לא ייעוץ משפטי, אבל מה אתה חושב על החוזה?",
        "Это не является офертой, но цену квартиры можно обсудить, перезвоните мне",
        "هذا مش نصيحة مالية، بس بدي أعرف إذا السعر منيح للشقة",
    })
    void aCallerWhoSaysSoOfHisOwnPasses(String text) {
        assertPasses(text);
    }
}
