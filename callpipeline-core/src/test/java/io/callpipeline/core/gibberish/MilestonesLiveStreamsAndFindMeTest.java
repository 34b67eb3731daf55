package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the thirty-sixth and thirty-seventh held-back sets missed in Hebrew, Arabic and Russian alike: a channel's
 * milestone said without its subscribers ("Нас уже сто тысяч", "we are ten thousand already"), the next live stream
 * with its day and hour (a "live" between the broadcast and "next" kept them apart), and "you know where to find me"
 * after the audience's questions. Callers who reach a price, watched a live stream or say where they will be pass.
 */
class MilestonesLiveStreamsAndFindMeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "אנחנו כבר עשרים אלף, תודה לכולכם",
        "הגענו למאה אלף! תודה לכם",
        "وصلنا مليون! شكرا لكم جميعا",
        "صرنا خمسين ألف، شكراً إلكم",
        "Нас уже двести тысяч, спасибо, друзья!",
        "Мы набрали пятьдесят тысяч, спасибо вам огромное",
        "We just hit fifty thousand, thank you all so much",
        "¡Ya somos diez mil! Gracias a todos",
        "On a atteint les cent mille, merci à vous tous",
    })
    void aMilestoneWithoutItsSubscribersIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "נתראה בשידור החי הבא, ביום ראשון בשמונה בערב",
        "موعدنا مع البث المباشر القادم يوم الأحد",
        "Увидимся в следующем прямом эфире в пятницу",
        "See you all in the next live stream on Friday",
        "Rendez-vous au prochain live dimanche soir",
        "Nos vemos en la próxima transmisión en vivo el sábado",
    })
    void theNextLiveStreamWithItsDayIsCaught(String text) {
        assertCaught(text);
    }

    /**
     * A live broadcast in two words is one video word: a thanks for watching it stays caught (Ukrainian's "дивився",
     * watched, was no watching word, which "прямий" had hidden until it became the broadcast's).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Дякую всім, хто дивився наш прямий ефір",
        "Дякую, що дивилися стрім",
        "Спасибо всем, кто смотрел прямой эфир до конца",
        "Thanks to everyone who watched the live stream tonight",
        "תודה לכל מי שצפה בשידור החי",
    })
    void aThanksForWatchingTheLiveStreamIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "יש לכם שאלות? אתם יודעים איפה למצוא אותי. ביי",
        "إذا عندكم أسئلة، بتعرفوا وين تلاقوني",
        "Если остались вопросы, вы знаете, где меня найти",
        "Any questions, you know where to find me. Bye guys",
        "Si vous avez des questions, vous savez où me trouver",
        "Si tenéis alguna pregunta, ya sabéis dónde encontrarme",
    })
    void youKnowWhereToFindMeAfterTheQuestionsIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "הגענו למיליון ומאתיים, תודה, אני אחשוב על זה ואחזור אליך",
        "אנחנו כבר שלושה אלפים מעל התקציב, תודה",
        "We're already two thousand over budget, thanks",
        "Нас уже пятеро в семье, нужна квартира побольше, спасибо",
        "ראיתי את השידור החי שלכם אתמול, הדירה בקומה השנייה עדיין זמינה?",
        "I watched your live stream yesterday, is the flat on the second floor still available?",
        "شفت البث المباشر امبارح، الشقة لسا موجودة؟",
        "נתראה ביום חמישי בערב ליד הבניין",
        "אם יש שאלות לגבי החוזה, אתה יודע איפה למצוא אותי, אני במשרד עד שש",
        "Я буду дома до вечера, вы знаете, где меня найти",
        "I'm at the office till six, you know where to find me",
    })
    void aCallerWhoReachesAPriceWatchedALiveOrSaysWhereHeIsPasses(String text) {
        assertPasses(text);
    }
}
