package io.callpipeline.core.store;

import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.transcription.Transcript;
import java.util.Objects;

/**
 * Everything known about one recording's processing, saved after every step. A component is
 * {@code null} until its step has run; the pipeline resumes by skipping steps whose result is
 * already here, which is what keeps a retry from paying for a transcription twice.
 *
 * @param event      the callback that started it
 * @param stage      how far it got
 * @param recording  the provider's recording metadata (step 1)
 * @param call       who called (step 2)
 * @param transcript the text (step 4)
 * @param verdict    the gibberish verdict (step 5)
 * @param response   the LLM's response (step 6)
 * @param failure    why the last attempt stopped, or {@code null}
 */
public record CallRecord(
        RecordingEvent event,
        ProcessingStage stage,
        RecordingInfo recording,
        CallDetails call,
        Transcript transcript,
        GibberishVerdict verdict,
        CallResponse response,
        ProcessingFailure failure) {

    public CallRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stage, "stage");
    }

    /** A record for a callback nothing has been done for yet. */
    public static CallRecord received(RecordingEvent event) {
        return new CallRecord(event, ProcessingStage.RECEIVED, null, null, null, null, null, null);
    }

    public String recordingSid() {
        return event.recordingSid();
    }

    public CallRecord verified(RecordingInfo recording, CallDetails call) {
        return new CallRecord(event, ProcessingStage.VERIFIED, recording, call, transcript, verdict, response, null);
    }

    public CallRecord transcribed(Transcript transcript) {
        return new CallRecord(event, ProcessingStage.TRANSCRIBED, recording, call, transcript, verdict, response, null);
    }

    public CallRecord checked(GibberishVerdict verdict) {
        ProcessingStage next = verdict.gibberish() ? ProcessingStage.GIBBERISH : ProcessingStage.CHECKED;
        return new CallRecord(event, next, recording, call, transcript, verdict, response, null);
    }

    public CallRecord responded(CallResponse response) {
        return new CallRecord(event, ProcessingStage.COMPLETED, recording, call, transcript, verdict, response, null);
    }

    /**
     * The record after a failed attempt: a retryable failure keeps the stage (the next attempt
     * resumes from it); a permanent one ends the call as {@code terminalStage}.
     */
    public CallRecord failed(ProcessingFailure failure, ProcessingStage terminalStage) {
        ProcessingStage next = failure.retryable() ? stage : terminalStage;
        return new CallRecord(event, next, recording, call, transcript, verdict, response, failure);
    }
}
