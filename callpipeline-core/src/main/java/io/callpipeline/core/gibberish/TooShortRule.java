package io.callpipeline.core.gibberish;

import java.util.Optional;

/** A handful of characters is not a call: a stray syllable or a transcriber's guess at a noise. */
public final class TooShortRule implements GibberishRule {

    public static final String CODE = "too_short";

    private final int minCharacters;

    /**
     * @param minCharacters the fewest letters and digits a real transcript has (default 3)
     */
    public TooShortRule(int minCharacters) {
        this.minCharacters = minCharacters;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        int characters = t.letters() + t.digits();
        if (characters >= minCharacters || t.emailsAndUrls() > 0) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול קצר מדי (" + characters + " תווים) כדי להיות שיחה"));
    }
}
