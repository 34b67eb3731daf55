package io.callpipeline.crm.call;

import com.fasterxml.jackson.annotation.JsonValue;
import io.callpipeline.core.call.CallRecord;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a call stands, as an agent reads it: just received, being processed, or one of the four
 * ends. Finer progress (which step) is the call log's {@code stage}.
 */
public enum CallStatus {
    RECEIVED, PROCESSING, COMPLETED, GIBBERISH, REJECTED, FAILED;

    /** The status as the API, its filters and the CSV write it, e.g. {@code completed}. */
    @JsonValue
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status an API client named, in any case ({@code completed}, {@code FAILED}). */
    public static Optional<CallStatus> fromApiValue(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst();
    }

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
