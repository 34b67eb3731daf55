package io.callpipeline.core.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.privacy.IsraeliPiiRedactor;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.Redaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A number Whisper cut between two segments is taken out of both, as it is out of the whole text. */
class SegmentRedactionTest {

    private static TranscriptSegment segment(double start, String text) {
        return TranscriptSegment.of(start, start + 2, text);
    }

    @Test
    void anIdCutBetweenTwoSegmentsLeavesNoDigitOfItInEither() {
        List<TranscriptSegment> segments = List.of(segment(0, "תעודת הזהות שלי 1234"), segment(2, "56782 ואני מחפש דירה"),
                segment(4, "בתקציב של 2,450,000"));
        Transcript heard = new Transcript("he", "תעודת הזהות שלי 1234 56782 ואני מחפש דירה בתקציב של 2,450,000", segments,
                "whisper-1", 6.0);

        Transcript redacted = heard.redacted(new IsraeliPiiRedactor()).transcript();

        assertThat(redacted.text()).contains("[ת״ז]").doesNotContain("1234").doesNotContain("56782");
        assertThat(redacted.segments()).extracting(TranscriptSegment::text)
                .containsExactly("תעודת הזהות שלי [ת״ז]", " ואני מחפש דירה", "בתקציב של 2,450,000");
        assertThat(redacted.segments()).extracting(TranscriptSegment::startSeconds).containsExactly(0.0, 2.0, 4.0);
        assertThat(redacted.redactions()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
    }

    @Test
    void aNumberWithinOneSegmentAndOneSpokenInHebrewWordsAcrossTwoAreBothTakenOut() {
        List<TranscriptSegment> segments = List.of(segment(0, "הכרטיס 4580 1234 5678 9015 תודה"),
                segment(2, "ותעודת זהות אחד שתיים שלוש ארבע"), segment(4, "חמש שש שבע שמונה שתיים זהו"));
        Transcript heard = new Transcript("he", "x", segments, "whisper-1", 6.0);

        List<TranscriptSegment> redacted = heard.redacted(new IsraeliPiiRedactor()).transcript().segments();

        assertThat(redacted).extracting(TranscriptSegment::text).containsExactly("הכרטיס [כרטיס אשראי] תודה",
                "ותעודת זהות [ת״ז]", " זהו");
    }

    @Test
    void aRedactorThatDoesNotSayWhereIsAppliedToEachSegment() {
        List<TranscriptSegment> segments = List.of(segment(0, "secret 1"), segment(2, "plain"));
        Transcript heard = new Transcript("en", "secret 1 plain", segments, "whisper-1", 4.0);

        List<TranscriptSegment> redacted = heard.redacted(text -> text.contains("secret")
                ? new Redaction(text.replace("secret", "[x]"), Map.of(PiiKind.PASSPORT, 1)) : Redaction.none(text))
                .transcript().segments();

        assertThat(redacted).extracting(TranscriptSegment::text).containsExactly("[x] 1", "plain");
    }
}
