package io.callpipeline.core.call;

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
 * @param attempts   the processing runs started so far (a run that died before saving anything
 *                   is not counted); the retry loop gives up by it, the CRM shows it
 * @param origin     how the call became known; {@link Origin#CALLBACK} when not said
 */
public record CallRecord(
        RecordingEvent event,
        ProcessingStage stage,
        RecordingInfo recording,
        CallDetails call,
        Transcript transcript,
        GibberishVerdict verdict,
        CallResponse response,
        ProcessingFailure failure,
        int attempts,
        Origin origin) {

    public CallRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stage, "stage");
        origin = origin == null ? Origin.CALLBACK : origin;
    }

    /** A record of a call announced by its callback. */
    public CallRecord(RecordingEvent event, ProcessingStage stage, RecordingInfo recording, CallDetails call,
            Transcript transcript, GibberishVerdict verdict, CallResponse response, ProcessingFailure failure) {
        this(event, stage, recording, call, transcript, verdict, response, failure, 0, Origin.CALLBACK);
    }

    /** A record for a callback nothing has been done for yet. */
    public static CallRecord received(RecordingEvent event) {
        return received(event, Origin.CALLBACK);
    }

    /** A record for a call nothing has been done for yet, found the way {@code origin} says. */
    public static CallRecord received(RecordingEvent event, Origin origin) {
        return new CallRecord(event, ProcessingStage.RECEIVED, null, null, null, null, null, null, 0, origin);
    }

    public String recordingSid() {
        return event.recordingSid();
    }

    public CallRecord verified(RecordingInfo recording, CallDetails call) {
        return new CallRecord(event, ProcessingStage.VERIFIED, recording, call, transcript, verdict, response,
                null, attempts, origin);
    }

    public CallRecord transcribed(Transcript transcript) {
        return new CallRecord(event, ProcessingStage.TRANSCRIBED, recording, call, transcript, verdict, response,
                null, attempts, origin);
    }

    public CallRecord checked(GibberishVerdict verdict) {
        ProcessingStage next = verdict.gibberish() ? ProcessingStage.GIBBERISH : ProcessingStage.CHECKED;
        return new CallRecord(event, next, recording, call, transcript, verdict, response, null, attempts, origin);
    }

    public CallRecord responded(CallResponse response) {
        return new CallRecord(event, ProcessingStage.COMPLETED, recording, call, transcript, verdict, response,
                null, attempts, origin);
    }

    /**
     * The record after a failed attempt: a retryable failure keeps the stage (the next attempt
     * resumes from it); a permanent one ends the call as {@code terminalStage}.
     */
    public CallRecord failed(ProcessingFailure failure, ProcessingStage terminalStage) {
        ProcessingStage next = failure.retryable() ? stage : terminalStage;
        return new CallRecord(event, next, recording, call, transcript, verdict, response, failure, attempts, origin);
    }

    /**
     * The record with a later callback's event in place of an earlier, non-final one (Twilio sent
     * {@code in-progress} first, {@code completed} now). Progress is kept; a call that had ended
     * without a result is reopened, since the new event may change that.
     */
    public CallRecord withEvent(RecordingEvent later) {
        CallRecord replaced = new CallRecord(later, stage, recording, call, transcript, verdict, response, failure,
                attempts, origin);
        return stage == ProcessingStage.REJECTED || stage == ProcessingStage.FAILED ? replaced.reopened() : replaced;
    }

    /**
     * The record made ready to run again from the last finished step: the stage its results say,
     * no failure. Nothing already paid for is dropped.
     */
    public CallRecord reopened() {
        return new CallRecord(event, progress(), recording, call, transcript, verdict, response,
                null, attempts, origin);
    }

    /** The record as a new processing run starts on it. */
    public CallRecord startingRun() {
        return new CallRecord(event, stage, recording, call, transcript, verdict, response, failure, attempts + 1,
                origin);
    }

    /** The stage the stored results reach, whatever the last attempt said. */
    private ProcessingStage progress() {
        if (response != null) {
            return ProcessingStage.COMPLETED;
        }
        if (verdict != null) {
            return verdict.gibberish() ? ProcessingStage.GIBBERISH : ProcessingStage.CHECKED;
        }
        if (transcript != null) {
            return ProcessingStage.TRANSCRIBED;
        }
        return recording != null ? ProcessingStage.VERIFIED : ProcessingStage.RECEIVED;
    }
}
