package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the eighteenth held-back set's misses stand for, each in three languages or more (the set's own rows
 * moved to development): a goodbye with "keep following" ("להתראות, ותמשיכו לעקוב"), a comment asked for in a
 * loanword or by one listener ("اكتبولي بالكومنتات شو رأيكم", "Cuéntame en los comentarios qué opinas"), "tell us"
 * read as "we" telling what it did ("Dites-nous en commentaire…"), "make sure to subscribe", a teaser of what the
 * next video will show, "stay tuned", and Russian's "как бы" (sort of) among fillers. A caller who keeps following
 * the listing, makes sure of his documents or is shown the flat passes.
 */
class EighteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ביי, ותמשיכו לעקוב אחרינו",
        "Пока, и продолжайте следить за каналом",
        "اكتبولي بالكومنت رأيكم",
        "Cuéntenme en los comentarios qué opinan",
        "Cuéntame qué opinas del video",
        "Dites-nous ce que vous en pensez en commentaire",
        "Tell us in the comments what you think",
        "Make sure you subscribe and hit the bell",
        "Обязательно подпишитесь и поставьте колокольчик",
        "Asegúrate de suscribirte y activar las notificaciones",
        "In the next episode, I'll show you how to paint the walls",
        "В следующем видео я покажу вам, как покрасить стены",
        "בסרטון הבא אני אראה לכם איך לצבוע קיר",
        "Dans la prochaine vidéo, je vais vous montrer comment peindre",
        "Stay tuned for more",
        "Оставайтесь с нами, друзья",
        "תישארו איתנו, חברים",
        "Restez connectés pour la suite",
        "Ну... как бы... ммм...",
    })
    void theEighteenthSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני אמשיך לעקוב אחרי המודעות שלכם, ביי",
        "Make sure you bring the documents on Sunday",
        "Обязательно привезите паспорт, пока",
        "I'll show you the flat next week, bye",
        "אני אראה לכם את הדירה מחר",
        "Я покажу вам квартиру завтра, до встречи",
        "Stay tuned, I'll call you back with the price",
        "Как бы это сказать... квартира маленькая",
        "Tell us what you think of the flat, thanks",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
