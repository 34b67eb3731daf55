package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's order in the plural that a video's verb says: to subscribe him ("תירשמו אותי לרשימת התפוצה", Hebrew's
 * "me" as an object, which the guard knew only as "לי") or to leave the keys below something ("below the mailbox",
 * where a video's "below" is the box under it and ends its clause). The hundred-and-fifty-first held-back set's first
 * scoring judged both; these are the same shapes in other words, with the same requests in other languages, which
 * passed already. A video that asks to be subscribed to, or points below, is still its ending.
 */
class ACallersOrderWithAVideosVerbTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תירשמו אותי לרשימת התפוצה של הפרויקט החדש ברחובות",
        "תירשמו אותי בבקשה לעדכונים על דירות חדשות, תודה",
        "Leave the keys below the mat, thanks.",
        "Put the contract below my door, thank you so much.",
        "Inscrivez-moi à la liste des nouveaux appartements, merci",
        "Подпишите меня на рассылку новых квартир, спасибо",
        "Dejen las llaves abajo en el buzón, gracias",
    })
    void aCallersOrderPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "הירשמו לערוץ ותעדכנו אותי בתגובות מה דעתכם",
        "Drop a comment below and subscribe, thanks for watching.",
        "Check the links below the video, and thanks for watching.",
        "Подписывайтесь на канал и пишите мне в комментариях",
    })
    void aVideosOrderIsStillItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
