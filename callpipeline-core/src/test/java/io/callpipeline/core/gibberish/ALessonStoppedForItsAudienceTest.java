package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter who calls his audience, then stops: "Okay Leute, hier hören wir auf", "Bueno chicos, aquí lo dejamos",
 * "طيب يا جماعة، هون منوقف", "እሺ ወዳጆቼ እዚህ ላይ እናቁም". A lesson stopped was an ending when the day, the next time
 * or the audience came after the stop; a grid of video endings in eight languages (2026-12-08) found the audience
 * called before it passing, alone and before a thanks and a goodbye. A caller who stops to say why, or asks, passes:
 * one who named the price after "let's stop here for today" was judged a lecturer before, and is not now; one who
 * stops to think it over is none either (a grid of callers found "Good morning everyone, we'll stop here and think
 * about it" judged once the audience before the stop counted).
 */
class ALessonStoppedForItsAudienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay Leute, hier hören wir auf",
        "So Leute, hier hören wir auf, danke fürs Zuschauen, tschüss",
        "Bueno chicos, aquí lo dejamos",
        "Bueno amigos, aquí lo dejamos, gracias por ver, chao",
        "طيب يا جماعة، هون منوقف",
        "يا شباب، هون منوقف، شكرا على المشاهدة",
        "Bon, les amis, on va s'arrêter là",
        "Ладно, друзья, на этом остановимся",
        "טוב חברים, כאן נעצור",
        "እሺ ወዳጆቼ እዚህ ላይ እናቁም",
    })
    void aStopForTheAudienceCalledBeforeIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bueno chicos, aquí lo dejamos, el precio es demasiado alto para nosotros",
        "Okay Leute, hier hören wir auf, können wir morgen weiterreden?",
        "טוב חברים, כאן נעצור, אני צריך לחשוב על המחיר",
        "Ладно, ребята, на этом остановимся, перезвоните мне завтра",
        "يا شباب، هون منوقف، الشقة غالية كتير",
        "Let's stop here for today, the price is too high",
        "Good morning everyone, we'll stop here and think about it, talk soon",
        "Здравствуйте. Остановимся на этом и подумаем. Спасибо, ребята",
        "Aquí lo dejamos por hoy, el precio es muy alto",
    })
    void aCallerWhoStopsToSayWhyPasses(String text) {
        assertPasses(text);
    }
}
