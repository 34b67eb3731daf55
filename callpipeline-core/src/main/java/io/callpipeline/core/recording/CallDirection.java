package io.callpipeline.core.recording;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Which way a call went, as the CRM needs it: whose number is the customer's (the caller's of an
 * inbound call, the callee's of an outbound one) and how the agent reads the call. A provider has
 * its own, longer vocabulary (Twilio says {@code outbound-api}, {@code outbound-dial},
 * {@code trunking-originating}…); its adapter answers in these two words, so nothing past the
 * adapter tests a provider's spelling.
 */
public enum CallDirection {

    /** The customer called in. */
    INBOUND("נכנסת"),

    /** We called the customer (from the app, an agent's dial or a PBX going out). */
    OUTBOUND("יוצאת");

    private final String hebrew;

    CallDirection(String hebrew) {
        this.hebrew = hebrew;
    }

    /** The word as the agent reads it ("שיחה נכנסת"), also what the model is told. */
    public String hebrew() {
        return hebrew;
    }

    /** The word as JSON, the API and the CSV write it: {@code inbound} or {@code outbound}. */
    @JsonValue
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored direction. Besides the names themselves (any case), a word that begins with one
     * of them ({@code outbound-api}) is read as it: records saved before this type held the
     * provider's word, and stay readable.
     *
     * @return the direction, or empty for {@code null}, blank or a word that begins with neither
     */
    public static Optional<CallDirection> read(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String word = stored.strip().toUpperCase(Locale.ROOT);
        for (CallDirection direction : values()) {
            if (word.startsWith(direction.name())) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }

    /** For JSON: as {@link #read}, with {@code null} for a word that is neither. */
    @JsonCreator
    static CallDirection fromJson(String stored) {
        return read(stored).orElse(null);
    }
}
