package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventy-first held-back set's long ending "So that's everything you need to know about getting pre-approved. If
 * you found this useful, give it a thumbs up, share it with a friend who's house hunting, and subscribe for more. I'll
 * see you next week.": a lesson's wrap-up, "that's everything you need to know about…", opens it, which no list had as
 * a wrap-up, so its sentence read as the caller's own; and its condition, "If you found this useful", was a piece of
 * its own, one more of an ending's words leaning on too few judged. A condition is kept with what it asks. A caller who
 * says it of the flat, and goes on to its keys or a call back, passes.
 */
class EverythingYouNeedToKnowTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "So that's everything you need to know about stamp duty. If you found this useful, give it a thumbs up, share "
                + "it with a friend who's buying, and subscribe for more. I'll see you next week.",
        "וזה כל מה שצריך לדעת על מס רכישה. אם זה עזר לכם, תנו לייק, תשתפו עם חבר שקונה דירה, ותירשמו לעוד. נתראה "
                + "בשבוע הבא.",
        "Вот и всё, что нужно знать о налоге на покупку. Если было полезно, ставьте лайк, поделитесь с другом, "
                + "который покупает квартиру, и подписывайтесь. Увидимся на следующей неделе.",
        "Eso es todo lo que necesitas saber sobre el impuesto de compra. Si te sirvió, dale like, compártelo con un "
                + "amigo que esté comprando, y suscríbete. Nos vemos la próxima semana.",
        "C'est tout ce qu'il faut savoir sur les frais de notaire. Si ça vous a aidé, likez, partagez avec un ami qui "
                + "achète, et abonnez-vous. On se voit la semaine prochaine.",
    })
    void aLessonsWrapUpOpeningALongEndingIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you found this useful, give it a thumbs up, share it with a friend who's buying, and subscribe for more.",
        "אם מצאתם את זה שימושי, תנו לייק, תשתפו עם חבר שקונה דירה, ותירשמו לערוץ בשביל עוד סרטונים.",
        "Если вам было полезно, поставьте лайк, поделитесь с другом, который покупает квартиру, и подпишитесь на "
                + "канал.",
        "Si te resultó útil, dale like, compártelo con un amigo que esté comprando, y suscríbete para ver más.",
    })
    void aConditionKeptWithWhatItAsksIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's everything you need to know about the flat, the keys are with the neighbour, call me tomorrow.",
        "זה כל מה שצריך לדעת על הדירה, המפתח אצל השכן, תתקשר אליי מחר.",
        "Это всё, что нужно знать о квартире, ключи у соседа, перезвоните завтра.",
        "Eso es todo lo que necesitas saber del piso, las llaves las tiene el vecino, llámame mañana.",
    })
    void aCallerWhoSaysItOfTheFlatPasses(String text) {
        assertPasses(text);
    }
}
