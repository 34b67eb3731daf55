package io.callpipeline.core.gibberish;

import java.util.Objects;

/**
 * Whether a transcript is real speech worth a response, and if not, why: a machine-readable
 * {@code reasonCode} for filters and a short explanation an agent can read in the CRM.
 *
 * @param gibberish   {@code true} when the transcript should get no AI response
 * @param reasonCode  e.g. {@code empty}; {@code ok} when not gibberish
 * @param explanation a short human explanation (Hebrew by default)
 */
public record GibberishVerdict(boolean gibberish, String reasonCode, String explanation) {

    public GibberishVerdict {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Real speech. */
    public static GibberishVerdict ok() {
        return new GibberishVerdict(false, "ok", "");
    }

    /** Not real speech, for the given reason. */
    public static GibberishVerdict gibberish(String reasonCode, String explanation) {
        return new GibberishVerdict(true, reasonCode, explanation);
    }
}
