package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hebrew's days are its ordinals, so {@link MeetingDays} reads a day's name as a day only where it is one: not after
 * what it counts ("פרק שלישי", the third chapter), not with its article ("הפרק השלישי"), not as seconds ("שניות"). Every
 * rule that excuses a caller's day reads the same answer.
 */
class MeetingDaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"סוף פרק שלישי", "עונה שנייה, פרק ראשון", "הפרק השלישי", "עוד עשר שניות", "בשיעור חמישי"})
    void anOrdinalIsNoDay(String text) {
        assertThat(MeetingDays.anyIn(TranscriptFeatures.wordsOf(text))).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"נתראה ביום שלישי", "אפשר בשלישי?", "הדירה פנויה מראשון", "שלישי בערב מתאים לי"})
    void aDayIsADay(String text) {
        assertThat(MeetingDays.anyIn(TranscriptFeatures.wordsOf(text))).as(text).isTrue();
    }
}
