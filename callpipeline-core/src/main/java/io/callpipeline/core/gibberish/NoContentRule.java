package io.callpipeline.core.gibberish;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nothing a call could be about: the whole transcript is one bare word ("Music", "Шум", "הלו"), or
 * only a web address (what Whisper writes from the credits it learnt, "www.example.com"). One word
 * and a URL are what a silent or noisy line comes out as; a caller with something to say says more.
 */
public final class NoContentRule implements GibberishRule {

    public static final String CODE = "no_content";

    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|io|tv|il|ru|fr|de)\\b\\S*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        String raw = t.transcript().text();
        String withoutAddresses = WEB_ADDRESS.matcher(raw).replaceAll(" ");
        boolean onlyAddresses = !withoutAddresses.equals(raw)
                && withoutAddresses.codePoints().noneMatch(Character::isLetterOrDigit);
        if (onlyAddresses) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא כתובת אתר בלבד ולא שיחה"));
        }
        if (t.words().size() == 1 && t.digits() == 0 && t.emailsAndUrls() == 0) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא מילה בודדת בלבד ולא שיחה"));
        }
        return Optional.empty();
    }
}
