package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;

/**
 * Where a call stands, as an agent reads it: just received, being processed, or one of the four
 * ends. Finer progress (which step) is the call log's {@code stage}.
 */
public enum CallStatus {
    RECEIVED, PROCESSING, COMPLETED, GIBBERISH, REJECTED, FAILED;

    /** Whether the call will change no more. */
    public boolean isFinal() {
        return this != RECEIVED && this != PROCESSING;
    }

    static CallStatus of(CallRecord record) {
        return switch (record.stage()) {
            case RECEIVED -> record.failure() == null ? RECEIVED : PROCESSING;
            case VERIFIED, TRANSCRIBED, CHECKED -> PROCESSING;
            case COMPLETED -> COMPLETED;
            case GIBBERISH -> GIBBERISH;
            case REJECTED -> REJECTED;
            case FAILED -> FAILED;
        };
    }
}
