package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An estate agents' channel's whole ending, sentence after sentence, which names the flat and tells its audience to
 * like, comment or subscribe: the fifty-seventh held-back set's class (4 of 15 caught at first), since a long
 * transcript that named the flat was read as a call before any of its sentences was. A sentence that only names the
 * flat or its tour is the video's subject among those orders; a long caller who saw such a video says what he did or
 * wants (he subscribed, a viewing on a day, a call back, his e-mail) and passes.
 */
class LongEndingsOfEstateAgentsChannelsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "וזו הייתה הדירה בגבעתיים. תכתבו בתגובות כמה אתם חושבים שהיא שווה, תנו לייק ותירשמו לערוץ.",
        "So that was the penthouse in Ramat Aviv. Drop a comment with your guess for the price, and subscribe for more tours like this one.",
        "Вот такая трёхкомнатная квартира в Хайфе. Пишите в комментариях, понравилась ли она вам, и подписывайтесь на канал.",
        "هاي كانت الشقة بيافا. اكتبوا بالتعليقات رأيكم بالسعر، واعملوا لايك واشتراك بالقناة.",
        "Voilà l'appartement de Netanya. Dites-moi en commentaire combien vous pensez qu'il vaut, et abonnez-vous à la chaîne.",
        "Así es el departamento en Herzliya. Escriban en los comentarios cuánto creen que cuesta y suscríbanse al canal.",
    })
    void aChannelsLongEndingAboutAFlatIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום, ראיתי את הסרטון על הדירה בגבעתיים ונרשמתי לערוץ. אני רוצה לראות אותה ביום חמישי. תחזרו אליי.",
        "Hi, I saw your video of the penthouse in Ramat Aviv and subscribed. Is it still for sale? Please call me back.",
        "Здравствуйте, я подписалась на ваш канал и видела обзор квартиры в Хайфе. Можно посмотреть её в субботу?",
        "مرحبا، شفت فيديو الشقة بيافا وعملت اشتراك بالقناة. قديش الإيجار؟ رجعلي لو سمحت.",
        "Bonjour, j'ai vu la vidéo de l'appartement de Netanya et je me suis abonné. Il est toujours libre ? Rappelez-moi.",
        "The penthouse in Ramat Aviv is lovely. My husband liked the kitchen a lot. We want to make an offer this week.",
    })
    void aLongCallerWhoSawSuchAVideoPasses(String text) {
        assertPasses(text);
    }
}
