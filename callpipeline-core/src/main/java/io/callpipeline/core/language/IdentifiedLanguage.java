package io.callpipeline.core.language;

import java.util.Objects;

/**
 * The language a text is in, as far as its letters tell.
 *
 * @param code       ISO 639-1 ({@code he}, {@code ar}, {@code ru}, {@code fr}…), or {@link #UNDETERMINED}
 * @param confidence from 0 to 1; how much of the text's evidence points to it
 */
public record IdentifiedLanguage(String code, double confidence) {

    /** ISO 639-2's code for "undetermined": too short, junk, or no language model fits. */
    public static final String UNDETERMINED = "und";

    public IdentifiedLanguage {
        Objects.requireNonNull(code, "code");
    }

    public static IdentifiedLanguage undetermined() {
        return new IdentifiedLanguage(UNDETERMINED, 0.0);
    }

    public boolean isDetermined() {
        return !UNDETERMINED.equals(code);
    }
}
