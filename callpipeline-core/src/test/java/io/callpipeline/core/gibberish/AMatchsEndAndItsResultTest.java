package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A commentator's last words on a match: its end called ("Full time", "סיום המשחק", "Матч окончен", "انتهت
 * المباراة") and its result (who won, the points, the score). Only a goal beside its score was read as a match's, so
 * the hundred-and-fifty-ninth held-back set's ends of a match passed in all four of its languages, and a match's home
 * side and visitors read as a caller's home and visit. A caller who went to the match says so, or goes on to the
 * viewing, the flat or the hour. Left: a French score that ends "à un" ("deux à un") reads as an hour ("at one"),
 * which a caller names, so "Fin du match, victoire des visiteurs deux à un" still passes.
 */
class AMatchsEndAndItsResultTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Full time here, and the visitors take all three points.",
        "That's the final whistle, and the home side win it two one.",
        "סיום המשחק, הפועל ניצחה שתיים אחת",
        "שריקת הסיום, ומכבי לוקחת את שלוש הנקודות",
        "Матч окончен, хозяева победили со счётом два один",
        "Финальный свисток, гости забирают три очка",
        "انتهت المباراة بفوز الفريق المضيف بهدفين لهدف",
        "صافرة النهاية، والفريق الضيف يخطف النقاط الثلاث",
        "Final del partido, victoria del equipo local por dos a uno",
        "Fin du match, victoire des visiteurs",
        "Abpfiff, die Gäste gewinnen zwei zu eins",
    })
    void aMatchsEndAndItsResultEndABroadcast(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I was at the match, the home side won two one, I'll be at the viewing at five",
        "המשחק נגמר, הפועל ניצחה, אני בדרך לסיור בדירה",
        "Матч окончен, я еду к вам на просмотр квартиры",
        "انتهت المباراة، أنا جاي هلأ على الشقة",
        "We won the bid? Three points to us, when do we sign the contract?",
        "סיום המשחק היה מטורף, אבל תגיד, הדירה עוד פנויה?",
        "Full time at my son's match, we won, I'll be at the flat in twenty minutes",
        "The visitors' parking is full, the home owners took three places, where do I park?",
    })
    void aCallerWhoWentToTheMatchPasses(String text) {
        assertPasses(text);
    }
}
