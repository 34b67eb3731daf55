package io.callpipeline.core.event;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;

/**
 * A recording event that cannot be processed as sent: a required parameter is missing or a value is
 * malformed. It names the parameter as the provider's callback spells it when an adapter parsed one,
 * so a webhook can answer 400 with a precise message.
 */
public final class InvalidRecordingEventException extends PermanentProcessingException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final boolean missing;

    /** A required parameter that was absent or blank. */
    public static InvalidRecordingEventException missing(String parameter) {
        return new InvalidRecordingEventException(parameter, true, parameter + " is missing");
    }

    /** A parameter whose value has the wrong shape; {@code message} says what was expected. */
    public static InvalidRecordingEventException malformed(String parameter, String message) {
        return new InvalidRecordingEventException(parameter, false, message);
    }

    private InvalidRecordingEventException(String parameter, boolean missing, String message) {
        super(missing ? ReasonCode.MISSING_PARAMETER : ReasonCode.MALFORMED_PARAMETER, message);
        this.parameter = parameter;
        this.missing = missing;
    }

    /** The callback parameter at fault, spelled as the callback sends it (Twilio's {@code CallSid}, say). */
    public String parameter() {
        return parameter;
    }

    /** {@code true} when the parameter was absent or blank, {@code false} when it was malformed. */
    public boolean isMissing() {
        return missing;
    }
}
