package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending longer than a short rule reads, written without a mark of punctuation (as Whisper writes some
 * languages, and any at times): the forty-eighth held-back set's one miss ("thanks for watching guys dont forget to
 * like and subscribe and ill see you in the next one bye"). Cut at its sentences or commas it would be pieces each rule
 * knows; with none to cut at it was one piece too long for any. It is cut where every piece is an invention's. A long
 * unpunctuated call is not: a piece of the caller's own is left wherever it is cut.
 */
class UnpunctuatedLongEndingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "thank you all so much for watching this video dont forget to hit the like button and subscribe to the channel"
                + " see you in the next video bye",
        "תודה רבה לכם שצפיתם בסרטון אם אהבתם תעשו לייק ותירשמו לערוץ ותפעילו את הפעמון ונתראה בסרטון הבא ביי ביי",
        "спасибо всем за просмотр не забудьте поставить лайк и подписаться на канал и нажать на колокольчик увидимся в"
                + " следующем видео пока",
        "شكرا جزيلا لكم على المشاهدة لا تنسوا الاشتراك في القناة وتفعيل زر الجرس ووضع لايك ونلقاكم في الحلقة القادمة"
                + " مع السلامة",
        "merci beaucoup davoir regardé cette vidéo nhésitez pas à liker et à vous abonner à la chaîne et on se retrouve"
                + " dans la prochaine vidéo salut",
        "muchas gracias por ver este video no olviden darle like y suscribirse al canal y activar la campanita nos vemos"
                + " en el próximo video chao",
    })
    void aLongEndingWithoutPunctuationIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hi its david i wanted to say thanks for everything you did for my mother she is very happy with it see you"
                + " soon bye",
        "thank you so much for the video you sent i watched it with my wife and we liked it a lot please send us more"
                + " like it bye",
        "תודה רבה על הסרטון ששלחת צפינו בו עם הילדים ואהבנו מאוד תשלח עוד כאלה אם יש לך נתראה ביום ראשון ביי",
        "спасибо большое за видео которое вы прислали мы посмотрели его всей семьей и нам очень понравилось"
                + " пришлите еще пожалуйста пока",
        "muchas gracias por el video que me mandaste lo vi con mi esposa y nos gustó mucho mandame otro si tenés"
                + " chao",
    })
    void aLongCallWithoutPunctuationPasses(String text) {
        assertPasses(text);
    }
}
