package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fourth held-back set's podcast ending, one sentence too long for the short rules ("If you enjoyed the
 * show, please leave us a review wherever you get your podcasts, and we'll see you next time"), and its kin in five
 * languages: read clause by clause, its last clause, a goodbye made of pleasantries' words, was set aside as a "Bye!"
 * is, though a short rule judges it an ending; the ending was left one piece short. A long caller who ends with the
 * same goodbye says his own words in a clause of his own, and passes.
 */
class AGoodbyeThatEndsALongSentenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "If you found this useful, make sure to subscribe and turn on notifications for more videos like this, and"
                + " we'll see you next time.",
        "Si cette vidéo vous a plu, n'oubliez pas de vous abonner à la chaîne et d'activer la cloche pour ne rien"
                + " rater, et à la prochaine.",
        "Si te gustó este video, no olvides darle like y suscribirte al canal para más contenido como este, y nos vemos"
                + " la próxima.",
        "Если вам понравилось это видео, не забудьте поставить лайк и подписаться на канал, чтобы не пропустить новые"
                + " выпуски, и до встречи.",
        "אם נהניתם מהסרטון, אל תשכחו לעשות לייק ולהירשם לערוץ כדי לא לפספס את הסרטונים הבאים, ולהתראות בפעם הבאה.",
    })
    void aLongEndingThatSaysGoodbyeIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks again for everything, we really appreciate your patience with the kids and the dog, and we'll see you"
                + " next time.",
        "If you can, please leave the keys with the neighbour on the second floor before you go, and we'll see you next"
                + " time, thanks.",
        "Merci encore pour tout, ma femme a adoré la terrasse et la cuisine de l'appartement, et à la prochaine.",
        "Спасибо вам большое за помощь с документами, жена очень довольна квартирой и районом, и до встречи.",
        "תודה רבה על העזרה עם המסמכים, אשתי מאוד אהבה את המרפסת ואת השכונה, ולהתראות בפעם הבאה.",
    })
    void aLongCallerWhoSaysGoodbyePasses(String text) {
        assertPasses(text);
    }
}
