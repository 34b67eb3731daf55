package io.callpipeline.core.privacy;

import java.util.EnumMap;
import java.util.Map;

/**
 * A text with its personal numbers replaced by labels, and how many of each kind were taken out
 * (never the values: they exist nowhere once redacted).
 *
 * @param text   the redacted text
 * @param counts findings by kind; absent kinds were not found
 */
public record Redaction(String text, Map<PiiKind, Integer> counts) {

    public Redaction {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    /** A text with nothing to take out. */
    public static Redaction none(String text) {
        return new Redaction(text, Map.of());
    }

    /** How many findings in all. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
