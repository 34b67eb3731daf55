package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who says one word four or five times and then his point ("wait wait wait wait, the price went up again?",
 * "רגע רגע רגע רגע, המחיר עלה שוב?", "non non non non, j'ai dit trois pièces"): the loop's share counted a run of
 * one word once for each pair or triple in it, so five words said over filled nine of eleven, and nine callers in six
 * languages were judged a loop. Found while callers' numbers, spellings and hellos were probed. A share counts each
 * word once, however many of the pairs it stands in; a transcriber's loop fills most of the text with it all the same.
 */
class AWordSaidOverBeforeACallersPointTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "no no no no no, I said three rooms, not two",
        "wait wait wait wait, the price went up again?",
        "ok ok ok ok, so Sunday at ten works",
        "לא לא לא לא, אמרתי שלושה חדרים, לא שניים",
        "רגע רגע רגע רגע, המחיר עלה שוב?",
        "יאללה יאללה יאללה יאללה, נתראה ביום ראשון",
        "لا لا لا لا، قلت ثلاث غرف مش غرفتين",
        "non non non non, j'ai dit trois pièces, pas deux",
        "sí sí sí sí, el domingo a las diez",
        "да да да да, в воскресенье в десять мне удобно",
    })
    void aCallerWhoSaysAWordOverAndThenHisPointPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no no no no no no no",
        "רגע רגע רגע רגע רגע רגע, המחיר",
        "да да да да да да, точно",
        "ok ok ok ok ok ok ok ok",
        "אני לא יודע. אני לא יודע. אני לא יודע. אני לא יודע.",
    })
    void aLoopThatFillsTheTextIsStillOne(String text) {
        assertCaughtAs(text, RepetitionRule.CODE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no no no no no I said three rooms not two|0.45",
        "thank you thank you thank you|1.0",
        "a b a b a b c d e f|0.6",
    })
    void aWordStandingInManyPairsIsCountedOnce(String text, double share) {
        assertThat(RepetitionRule.repeatedShare(List.of(text.split(" ")))).isCloseTo(share, offset(0.01));
    }
}
