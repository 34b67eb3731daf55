package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinds the ninetieth held-back set (English alone a third time) missed, in the languages that say them: the audience
 * told to answer in the comments, whatever the question names ("Let me know in the comments which kitchen you liked",
 * "ספרו לי בתגובות איזה חדר", "Напишите в комментариях, какая комната"), a whole ending in itself; a welcome back to
 * the presenter's own place ("welcome back to my kitchen", "ברוכים השבים למטבח שלי", "bienvenidos de nuevo a mi
 * cocina"); a review as today's subject ("in this video I'll be reviewing…"); a breath let go ("take a deep breath in,
 * and slowly let it go"). The callers beside them read the comments, welcome someone back, review a contract or take a
 * breath of relief.
 */
class APresentersOrdersAndGreetingsInMoreWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Let me know in the comments which kitchen you liked best",
        "ספרו לי בתגובות איזה חדר הכי אהבתם",
        "Напишите в комментариях, какая комната вам понравилась больше всего",
        "Díganme en los comentarios qué habitación les gustó más",
        "Dites-moi en commentaire quelle pièce vous a plu",
        "اكتبوا لي في التعليقات أي غرفة عجبتكم أكثر",
    })
    void theAudienceToldToAnswerInTheCommentsIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey guys, welcome back to my kitchen, today we're baking bread",
        "היי חברים, ברוכים השבים למטבח שלי, היום אנחנו אופים לחם",
        "Hola chicos, bienvenidos de nuevo a mi cocina, hoy hacemos pan",
        "Привет, ребята, с возвращением на мою кухню, сегодня печём хлеб",
    })
    void aWelcomeBackToThePresentersPlaceIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi everyone, my name is Dan, and in this video I'll be reviewing the new Galaxy phone",
        "Hola a todos, soy Dani, y en este video voy a reseñar el nuevo teléfono",
        "Всем привет, меня зовут Дима, и в этом видео я сделаю обзор нового телефона",
    })
    void aReviewAsTodaysSubjectIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Now take a deep breath in, and slowly let it go",
        "Breathe in deeply, hold it, and let it all out",
        "Inspirez profondément, et relâchez doucement",
    })
    void aBreathLetGoIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I read the comments on your post about the flat, which room is the bigger one?",
        "Welcome back from your vacation! Can we see the flat on Sunday?",
        "Hi, I'll be reviewing the contract tonight and call you tomorrow",
        "Take a deep breath, the seller agreed, I'll let it go to the lawyer now",
        "היי, קראתי את התגובות לפוסט על הדירה, איזה חדר יותר גדול?",
        "Hola, bienvenido de nuevo, ¿podemos ver el piso el lunes?",
    })
    void aCallerWhoSaysTheseWordsOfHisOwnBusinessPasses(String text) {
        assertPasses(text);
    }
}
