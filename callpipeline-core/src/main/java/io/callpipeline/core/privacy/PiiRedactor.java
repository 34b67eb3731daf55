package io.callpipeline.core.privacy;

/**
 * Takes personal numbers out of a transcript before it is stored, searched, exported or sent to a
 * model. The default, {@link IsraeliPiiRedactor}, knows Israel's identity, card and bank numbers; a
 * host replaces it with its own, or with {@link #NONE} to keep text as transcribed.
 */
@FunctionalInterface
public interface PiiRedactor {

    /** Keeps every text as it is. */
    PiiRedactor NONE = Redaction::none;

    Redaction redact(String text);
}
