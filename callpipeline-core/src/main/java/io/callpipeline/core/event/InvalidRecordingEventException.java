package io.callpipeline.core.event;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;

/**
 * A recording callback that cannot be processed as sent: a required parameter is missing or a
 * value is malformed. It names the parameter, so a webhook can answer 400 with a precise message.
 */
public final class InvalidRecordingEventException extends PermanentProcessingException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final boolean missing;

    InvalidRecordingEventException(String parameter, boolean missing, String message) {
        super(missing ? ReasonCode.MISSING_PARAMETER : ReasonCode.MALFORMED_PARAMETER, message);
        this.parameter = parameter;
        this.missing = missing;
    }

    /** The callback parameter at fault, spelled as Twilio sends it (e.g. {@code CallSid}). */
    public String parameter() {
        return parameter;
    }

    /** {@code true} when the parameter was absent or blank, {@code false} when it was malformed. */
    public boolean isMissing() {
        return missing;
    }
}
