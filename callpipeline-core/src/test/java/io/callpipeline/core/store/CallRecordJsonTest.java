package io.callpipeline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.transcription.TimeSpan;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A record kept as text (on disk, in the JSON store) comes back whole: what was redacted and where,
 * what was extracted, and a record written before extraction was the host's reads too.
 */
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

    @Test
    void anAnswersExtractedFieldsComeBackInOrderAndARecordFromBeforeThemReadsWithNone() {
        CallRecord checked = CallRecord.received(RecordingEvent.completed(null, "CA1", "RE1"), Origin.CALLBACK)
                .transcribed(new Transcript("he", "שלום", List.of(), "whisper-1", 1.0))
                .checked(GibberishVerdict.ok(List.of()));
        ExtractedFields fields = new ExtractedFields("insurance-lead", List.of(
                new ExtractedField("policy_type", "סוג ביטוח", "בריאות"), new ExtractedField("age", "גיל", null)));
        CallRecord answered = checked.responded(new CallResponse("סיכום", "תשובה", "הצעה", fields, true, "gpt-4o-mini"));

        CallRecord read = CallRecordJson.read(CallRecordJson.write(answered));

        assertThat(read.response().extracted()).isEqualTo(fields);
        assertThat(read).isEqualTo(answered);

        String before = CallRecordJson.write(answered).replaceFirst("\"extracted\":\\{.*?\\]\\}",
                "\"leadDetails\":{\"budget\":\"2 מיליון\",\"rooms\":null,\"area\":null,\"propertyType\":null,\"timeframe\":null}");
        assertThat(before).contains("leadDetails").doesNotContain("extracted");
        CallRecord old = CallRecordJson.read(before);
        assertThat(old.response().summary()).isEqualTo("סיכום");
        assertThat(old.response().extracted()).isEqualTo(CallResponse.NOTHING_EXTRACTED);
    }

    /**
     * A failure's reason is a word of the catalogue in the code and its stable code in the JSON, as
     * records kept before it was a word wrote it; a code this version retired reads as unexpected.
     */
    @Test
    void aFailuresReasonIsKeptByItsCodeAndARetiredCodeReadsAsUnexpected() {
        CallRecord failed = CallRecord.received(RecordingEvent.completed(null, "CA1", "RE1"), Origin.CALLBACK)
                .failed(new ProcessingFailure(ReasonCode.OPENAI_RATE_LIMITED, "429", true, Duration.ofSeconds(7)),
                        ProcessingStage.RECEIVED);

        String json = CallRecordJson.write(failed);

        assertThat(json).contains("\"reasonCode\":\"openai_rate_limited\"").doesNotContain("OPENAI_RATE_LIMITED");
        assertThat(CallRecordJson.read(json)).isEqualTo(failed);
        assertThat(CallRecordJson.read(json).failure().reason()).isEqualTo(ReasonCode.OPENAI_RATE_LIMITED);

        CallRecord retired = CallRecordJson.read(json.replace("openai_rate_limited", "whisper_overloaded"));
        assertThat(retired.failure().reason()).isEqualTo(ReasonCode.UNEXPECTED_ERROR);
        assertThat(retired.failure().message()).isEqualTo("429");
        assertThat(retired.failure().retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    /**
     * A call's direction is written {@code inbound}/{@code outbound}; a record kept while it was Twilio's own
     * word ({@code outbound-api}, {@code outbound-dial}) reads as ours, and a word that is neither as unknown.
     */
    @Test
    void aDirectionIsOurWordAndARecordKeptWithTwiliosReadsAsOurs() {
        CallRecord verified = CallRecord.received(RecordingEvent.completed(null, "CA1", "RE1"), Origin.CALLBACK)
                .verified(new RecordingInfo("RE1", null, "CA1", "completed", 7, 1, "RecordVerb", null),
                        new CallDetails("CA1", "+97235551234", "+972545551234", CallDirection.OUTBOUND, null, 7));

        String json = CallRecordJson.write(verified);

        assertThat(json).contains("\"direction\":\"outbound\"");
        assertThat(CallRecordJson.read(json)).isEqualTo(verified);
        for (String twilios : List.of("outbound-api", "outbound-dial", "Outbound-API")) {
            CallRecord old = CallRecordJson.read(json.replace("\"outbound\"", "\"" + twilios + "\""));
            assertThat(old.call().direction()).as(twilios).isEqualTo(CallDirection.OUTBOUND);
            assertThat(old.call().theirNumber()).isEqualTo("+972545551234");
        }
        assertThat(CallRecordJson.read(json.replace("\"outbound\"", "\"inbound\"")).call().direction())
                .isEqualTo(CallDirection.INBOUND);
        assertThat(CallRecordJson.read(json.replace("\"outbound\"", "\"sideways\"")).call().direction()).isNull();
    }
}
