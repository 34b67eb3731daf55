package io.callpipeline.core.pipeline;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallLookup;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.recording.RecordingLookup;
import java.util.Set;

/**
 * Step 1 and 2: is the recording real, ours, this call's and finished, and who called. The
 * callback's own word is never enough (anyone with a leaked URL could post one): the provider's
 * record of the recording decides, and a recording that ended without media is recorded as such.
 */
final class RecordingVerification {

    /** Twilio's statuses of a recording that exists but is not finished yet: try again later. */
    private static final Set<String> NOT_READY = Set.of("in-progress", "paused", "stopped", "processing");

    private final RecordingLookup recordingLookup;
    private final CallLookup callLookup;

    RecordingVerification(RecordingLookup recordingLookup, CallLookup callLookup) {
        this.recordingLookup = recordingLookup;
        this.callLookup = callLookup;
    }

    CallRecord verify(CallRecord record) {
        RecordingEvent event = record.event();
        RecordingInfo recording = recordingLookup.fetchRecording(event.accountSid(), event.recordingSid());
        if (!event.callSid().equals(recording.callSid())) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_CALL_MISMATCH, "Recording " + event.recordingSid()
                    + " belongs to call " + recording.callSid() + ", not to " + event.callSid());
        }
        if (event.accountSid() != null && !event.accountSid().equals(recording.accountSid())) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_ACCOUNT_MISMATCH, "Recording "
                    + event.recordingSid() + " belongs to another account than the callback's " + event.accountSid());
        }
        if (recording.status() != null && NOT_READY.contains(recording.status())) {
            throw new TransientProcessingException(ReasonCode.RECORDING_NOT_READY,
                    "Recording " + event.recordingSid() + " is still '" + recording.status() + "' at the provider");
        }
        if (!RecordingEvent.STATUS_COMPLETED.equals(recording.status())) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_NOT_COMPLETED,
                    "Recording " + event.recordingSid() + " has status '" + recording.status() + "', not 'completed'");
        }
        CallDetails call = callLookup.fetchCall(recording.accountSid(), event.callSid());
        return record.verified(recording, call);
    }

    /** Why a callback that says the recording ended without media ends the call, from the catalogue. */
    static ProcessingFailure withoutMedia(RecordingEvent event) {
        String why = switch (event.errorCode() == null ? 0 : event.errorCode()) {
            case 16101 -> " (16101: too short to keep)";
            case 16102 -> " (16102: silent, deleted by Twilio)";
            case 0 -> "";
            default -> " (error " + event.errorCode() + ")";
        };
        ReasonCode reason = switch (event.recordingStatus()) {
            case "absent" -> ReasonCode.RECORDING_ABSENT;
            case "failed" -> ReasonCode.RECORDING_FAILED;
            default -> ReasonCode.RECORDING_NOT_COMPLETED;
        };
        return new ProcessingFailure(reason, "Twilio reported the recording as '" + event.recordingStatus() + "'" + why);
    }
}
