package io.callpipeline.core.gibberish;

import java.util.Optional;

/** Nothing was said: the transcript has no letters or digits at all (empty, spaces, punctuation). */
public final class BlankRule implements GibberishRule {

    public static final String CODE = "empty";

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        if (t.letters() + t.digits() + t.emailsAndUrls() > 0) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול ריק: לא זוהה דיבור בהקלטה"));
    }
}
