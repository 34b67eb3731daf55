package io.callpipeline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.transcription.TimeSpan;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A transcript kept as text (on disk, in the JSON store) comes back with what was redacted and where. */
class CallRecordJsonTest {

    @Test
    void aTranscriptKeepsItsRedactionCountsAndSilencedStretchesThroughJson() {
        Transcript transcript = new Transcript("he", "תעודת זהות [ת״ז]", List.of(TranscriptSegment.of(0, 2, "תעודת זהות [ת״ז]")),
                "whisper-1", 2.0, 1, Map.of(PiiKind.ISRAELI_ID, 1), List.of(), List.of(new TimeSpan(0.9, 1.8)));

        Transcript read = CallRecordJson.readTranscript(CallRecordJson.write(transcript));

        assertThat(read).isEqualTo(transcript);
        assertThat(read.redactions()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
        assertThat(read.silenced()).containsExactly(new TimeSpan(0.9, 1.8));
    }
}
