package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kind the eighty-first held-back set's podcast sign-off stood for, in the languages that say it: a clause of a
 * long ending that holds an ending's idea only in a phrase whose words are every caller's ("it really helps the show",
 * "это очень помогает", "זה מאוד עוזר") leans to the pieces judged around it, as a clause holding an ending's word
 * does. The callers beside them say such a phrase of their own business, beside a day, a number or a question.
 */
class AnEndingsPhraseLeansTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "You've been listening to Home Truths. If you enjoyed this episode, please leave us a rating on Spotify, it really helps the show. Until next time, take care.",
        "Вы слушали подкаст «Своя квартира». Если вам понравился этот выпуск нашего подкаста, пожалуйста, поставьте оценку и оставьте отзыв на любой платформе, это очень помогает нашему проекту. До новых встреч!",
        "האזנתם לפודקאסט \"בית חם\". אם נהניתם מהפרק של היום, אתם מוזמנים לדרג אותנו ולכתוב ביקורת קצרה בספוטיפיי או באפל, זה מאוד עוזר לנו להמשיך. נתראה בפרק הבא!",
        "Vous avez écouté le podcast Chez Nous. Si cet épisode vous a plu, prenez une minute pour nous laisser une note et un avis sur votre application, ça aide vraiment notre petit projet. À la prochaine !",
    })
    void aLongEndingWithAPhrasesClauseIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for the podcast tip. I listened to the episode about mortgages, it really helps. Can we meet on Sunday to talk about the flat?",
        "Спасибо за видео. Это очень помогает, но у меня вопрос по договору, перезвоните мне в четверг.",
        "תודה על הסרטון. זה מאוד עוזר, אבל יש לי שאלה על החוזה, תחזור אליי מחר.",
    })
    void aCallerWhoSaysSuchAPhrasePasses(String text) {
        assertPasses(text);
    }
}
