package io.callpipeline.core.pipeline;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.event.RecordingStatus;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallLookup;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.recording.RecordingLookup;

/**
 * Step 1 and 2: is the recording real, ours, this call's and finished, and who called. The
 * callback's own word is never enough (anyone with a leaked URL could post one): the provider's
 * record of the recording decides, and a recording that ended without media is recorded as such.
 */
final class RecordingVerification {

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
        if (RecordingStatus.isPending(recording.status())) {
            throw new TransientProcessingException(ReasonCode.RECORDING_NOT_READY,
                    "Recording " + event.recordingSid() + " is still '" + recording.status() + "' at the provider");
        }
        if (!RecordingStatus.isCompleted(recording.status())) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_NOT_COMPLETED,
                    "Recording " + event.recordingSid() + " has status '" + recording.status() + "', not 'completed'");
        }
        CallDetails call = callLookup.fetchCall(recording.accountSid(), event.callSid());
        return record.verified(recording, call);
    }

    /** Why a callback that says the recording ended without media ends the call, from the catalogue. */
    static ProcessingFailure withoutMedia(RecordingEvent event) {
        String why = event.errorCode() == null ? "" : " (error " + event.errorCode() + ")";
        ReasonCode reason = switch (event.recordingStatus()) {
            case RecordingStatus.ABSENT -> ReasonCode.RECORDING_ABSENT;
            case RecordingStatus.FAILED -> ReasonCode.RECORDING_FAILED;
            default -> ReasonCode.RECORDING_NOT_COMPLETED;
        };
        return new ProcessingFailure(reason, "The provider reported the recording as '" + event.recordingStatus() + "'" + why);
    }
}
