package io.callpipeline.core.gibberish;

import java.util.Optional;

/**
 * The transcript is (nearly) nothing but phrases the transcriber invents over silence: "תודה רבה",
 * "תודה שצפיתם", "Subtitles by …". A real call that merely ends with "תודה רבה" has plenty of other
 * words and passes; so does one covered only through the words an open phrase lets follow it
 * ("ترجمة…", "subtitles…") when those say what a caller says (a flat, a contract, a call back:
 * "ترجمة العقد جاهزة، اتصل بي"). The phrases themselves, the host's included, always count.
 */
public final class HallucinationPhraseRule implements GibberishRule {

    public static final String CODE = "hallucination_phrase";

    private final HallucinationPhrases phrases;
    private final double maxCoverage;

    /**
     * @param phrases     the known phrases
     * @param maxCoverage the share of the letters phrases may cover before the whole is gibberish
     *                    (default 0.8)
     */
    public HallucinationPhraseRule(HallucinationPhrases phrases, double maxCoverage) {
        this.phrases = phrases;
        this.maxCoverage = maxCoverage;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        if (!phrases.covers(t.words(), maxCoverage)) {
            return Optional.empty();
        }
        if (!phrases.coversExactly(t.words(), maxCoverage) && CallerWords.anyIn(t.words())) {
            return Optional.empty(); // an open phrase's tail that is a caller's: "ترجمة العقد جاهزة، اتصل بي"
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול מכיל רק ביטוי שמנוע התמלול נוטה להמציא על שקט או רעש"));
    }
}
