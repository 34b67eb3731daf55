package io.callpipeline.core.twilio;

import io.callpipeline.core.event.InvalidRecordingEventException;
import io.callpipeline.core.event.RecordingEvent;
import java.util.regex.Pattern;

/**
 * The kinds of Twilio identifiers a recording callback carries. Twilio SIDs are a two-letter prefix
 * followed by 32 hexadecimal characters; checking the exact shape before any network call keeps junk
 * out of Twilio's URLs, and an error can say precisely what Twilio would have sent.
 */
public enum TwilioSid {
    /** An account, {@code AC…}. */
    ACCOUNT("AC"),
    /** A call, {@code CA…}. */
    CALL("CA"),
    /** A recording, {@code RE…}. */
    RECORDING("RE");

    private static final Pattern HEX_32 = Pattern.compile("[0-9a-fA-F]{32}");

    private final String prefix;

    TwilioSid(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether {@code value} is this kind of SID: the prefix and exactly 32 hex characters. */
    public boolean matches(String value) {
        return value != null
                && value.length() == prefix.length() + 32
                && value.startsWith(prefix)
                && HEX_32.matcher(value.substring(prefix.length())).matches();
    }

    /**
     * Returns {@code value} when it is this kind of SID.
     *
     * @throws InvalidRecordingEventException naming {@code parameter} and what was wrong
     */
    public String require(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRecordingEventException.missing(parameter);
        }
        if (!matches(value)) {
            throw InvalidRecordingEventException.malformed(parameter, parameter + " must be '" + prefix
                    + "' followed by 32 hex characters, got " + RecordingEvent.shown(value)
                    + " (" + value.length() + " characters)");
        }
        return value;
    }
}
