package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's last words to the agent that share a video's: "that's it from me" and a wish said to a person by title
 * ("…, have a nice evening, Mr. Levi", {@link AddressedByTitle}), and a goodbye till the next appointment ("See you at
 * the next appointment, bye", "Увидимся на следующей встрече, пока"), a call next week in Russian's and Ukrainian's
 * "we'll call each other" ("созвонимся"), a thanks for everything in Russian, whose "всё" was read as a crowd called
 * ("Спасибо за всё", as "Всем пока"), and a viewing met at whose word is a video's watching or visit too ("увидимся на
 * просмотре", "נתראה בצפייה", "nos vemos en la visita"), and Amharic's "I'll call" beside its thanks in God's name
 * ("እሺ፣ ከሰዓት እደውላለሁ፣ እግዚአብሔር ይስጥልኝ"), which the session's probes of callers' last words (grids of 360 in six
 * languages, 30 judged, and of 300 in five, 5 judged) found judged in eight languages (2026-12-07). What is left judged
 * of the grid is a goodbye till next time with thanks and a wish and nothing else ("Alright, until next time, thank you
 * so much, bye"), which Whisper writes over a silent line word for word. A presenter signs off with his own name and no
 * title, or speaks to a guest before his ending; and "до новых встреч", till new meetings, is still a video's.
 */
class ACallersLastWordsToTheAgentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's it from me, have a nice evening, Mr. Levi",
        "That's all from me, have a good evening, Mrs Cohen",
        "Das war's von mir, schönen Abend noch, Herr Levi",
        "C'est tout pour moi, bonne soirée, Monsieur Levi",
        "See you at the next appointment, bye",
        "Увидимся на следующей встрече, пока",
        "Nos vemos en la próxima cita, chao",
        "منشوفك بالموعد الجاي، باي",
        "Хорошо, созвонимся на следующей неделе, спасибо за всё, хорошей недели",
        "Добре, зідзвонимося наступного тижня, дякую за все",
        "Хорошо, увидимся в воскресенье, спасибо за всё, пока",
        "Отлично, поговорим завтра, спасибо за всё, пока",
        "טוב, נתראה בצפייה, תודה על הכל, להתראות",
        "Ладно, увидимся на просмотре, спасибо за помощь, до свидания",
        "Perfecto, nos vemos en la visita, muchas gracias, chao",
        "እሺ፣ ከሰዓት እደውላለሁ፣ እግዚአብሔር ይስጥልኝ",
        "በቃ፣ በኋላ እናወራለን፣ እግዚአብሔር ይስጥልኝ፣ ቻው",
    })
    void aCallersLastWordsToTheAgentPass(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's all from me, see you next week",
        "Mr. Levi, thanks for watching, see you in the next video",
        "Спасибо за просмотр, до следующей недели",
        "Всё, всем пока, до воскресенья",
        "תודה על הצפייה, נתראה בסרטון הבא",
        "Gracias por la visita, nos vemos en el próximo video",
        "До новых встреч, друзья!",
        "موعدنا في البث المباشر الجاي يوم الخميس الساعة تسعة",
        "La lección de hoy ha terminado, hasta el próximo jueves",
    })
    void aPresentersLastWordsAreStillAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
