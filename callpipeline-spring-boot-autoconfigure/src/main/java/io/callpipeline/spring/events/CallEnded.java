package io.callpipeline.spring.events;

import io.callpipeline.core.call.CallRecord;
import java.util.Objects;

/**
 * Published (a Spring application event) when background processing has ended a call for good: it
 * was answered, judged gibberish, rejected, or failed (at once, or after its last retry). A host acts
 * on it in process, e.g. {@code @EventListener(condition = "#ended.result.name() == 'COMPLETED'")}, to
 * notify an agent or fill its own records. It comes after the call's record is saved, once per call
 * ending (a call retried by hand and ending again publishes again); a run that will be retried, or
 * that another run took over, publishes nothing. A listener that throws does not change the call.
 *
 * @param recordingSid the recording
 * @param result       how the call ended
 * @param reasonCode   the reason code of a call that did not complete ({@code null} for
 *                     {@code COMPLETED})
 * @param record       the call's record as saved: the transcript (redacted), the verdict, the answer
 */
public record CallEnded(String recordingSid, Result result, String reasonCode, CallRecord record) {

    public CallEnded {
        Objects.requireNonNull(recordingSid, "recordingSid");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(record, "record");
    }

    /** How a call ended. */
    public enum Result {
        /** Transcribed and answered. */
        COMPLETED,
        /** Judged no real call (by the guard or the model); no answer. */
        GIBBERISH,
        /** Refused before anything was paid: not ours, not this call's, no media. */
        REJECTED,
        /** Failed for good, at once or after its last retry. */
        FAILED
    }
}
