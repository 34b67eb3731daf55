package io.callpipeline.core.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A text with its personal numbers replaced by labels, and how many of each kind were taken out
 * (never the values: they exist nowhere once redacted).
 *
 * @param text   the redacted text
 * @param counts findings by kind; absent kinds were not found
 * @param found  where each finding was in the text as given (character offsets), in order: what the
 *               audio's redaction maps onto the words' times
 */
public record Redaction(String text, Map<PiiKind, Integer> counts, List<Found> found) {

    public Redaction {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
        found = found == null ? List.of() : List.copyOf(found);
    }

    /** A redaction that does not say where its findings were (a host's redactor may not know). */
    public Redaction(String text, Map<PiiKind, Integer> counts) {
        this(text, counts, List.of());
    }

    /**
     * One finding's place in the text as given.
     *
     * @param start its first character
     * @param end   one past its last
     */
    public record Found(int start, int end, PiiKind kind) {
    }

    /** A text with nothing to take out. */
    public static Redaction none(String text) {
        return new Redaction(text, Map.of(), List.of());
    }

    /** How many findings in all. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
