package io.callpipeline.core.gibberish;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nothing a call could be about: the whole transcript is one bare word ("Music", "Шум", "הלו"; a caller's request or
 * his flat in one word, "Llámame", is something), only
 * hesitation sounds ("Эээ... эээ...", "אממ... אה...", "Euh... euh", "اممم"), or only a web address (what
 * Whisper writes from the credits it learnt, "www.example.com"). One word, a hum and a URL are what a
 * silent or noisy line comes out as; a caller with something to say says more, and hesitates among it.
 */
public final class NoContentRule implements GibberishRule {

    public static final String CODE = "no_content";

    static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|org|net|io|tv|il|ru|fr|de)\\b\\S*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A hesitation, in the scripts of Israel's callers: a hum or a held vowel ("uh", "um", "hmm", "hum", "er", "erm",
     * "euh", "ähm", "эээ", "е-е", "ммм", "אה", "אממ", "מממ", "اه", "امم", "ኧ", "yyy", "εεε", "hã"), however long it is held, or a laugh
     * written out ("hahaha", "хаха"), which Whisper writes over a line's noise as it writes a hum.
     */
    private static final Pattern HESITATION = Pattern.compile(
            "u+h*m*|h+m+|h+u+m+|m+h?m*|e+r+m*|e+h+m*|e+m+|a+h+m*|o+h+|h?eu+h*|[äö]+h+m*"
                    // a held Cyrillic "e", written with hyphens as two words or more ("е-е-е", "Ну... е-е...")
                    + "|э+м*|е+м*|м+|а+|ы+|у+м*|х+м+"
                    // a hum held in Hebrew letters ("מממ"; one "מ" alone is a prefix, never a word)
                    + "|א+ה*|א+מ+|ה+מ+|א+ה+מ+|מ{2,}"
                    + "|[اآ]+ه*م*|م+|ه+م+|[إا]+ي+ه"
                    + "|ኧ+|እ+|ኤ+|እም+|ም+" // Amharic's "eh" and "hmm"
                    // a vowel held twice or more where once is a word ("e", "y" are "and"): Polish's "yyy", Turkish's
                    // "eee" and "ııı", Greek's "εεε" and "εμμ"
                    + "|e{2,}m*|y{2,}|ı{2,}|ε{2,}μ*|ε+μ+|α{2,}"
                    // Portuguese's nasal hum ("hã", "ããã", "hãn")
                    + "|h?ã+h*n?"
                    // a laugh written out, two syllables or more ("haha", "хахаха", "jajaja", "ха-ха"), and Brazil's "kkkk"
                    + "|(?:(?:ha|he|hi|ah|ja|je|ji|ха|хе|хи|ах)-?){2,}[hх]?|k{4,}");

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        String raw = t.transcript().text();
        String untagged = Tags.blanked(raw);
        boolean tagged = !untagged.equals(raw);
        boolean onlyAddresses = (mayHoldAddress(raw) || tagged)
                && WEB_ADDRESS.matcher(untagged).replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit);
        if (onlyAddresses) { // "www.danahomes.com", "#נדלן #דירות #תלאביב", "@nadlan_tlv"
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא כתובת אתר, תגיות או שם משתמש בלבד ולא שיחה"));
        }
        // one word that asks for a call back or names the flat is a caller's whole message ("Llámame.", "ደውልልኝ")
        if (t.words().size() == 1 && t.digits() == 0 && t.emailsAndUrls() == 0 && !CallerWords.anyIn(t.words())) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא מילה בודדת בלבד ולא שיחה"));
        }
        if (t.digits() == 0
                && t.words().stream().allMatch(w -> HESITATION.matcher(w.toLowerCase(Locale.ROOT)).matches())) {
            return Optional.of(GibberishVerdict.gibberish(CODE, "התמלול הוא היסוסים או צחוק בלבד (אה, אממ, חחח) ולא שיחה"));
        }
        return Optional.empty();
    }

    /** Whether the lower-case word is a hesitation sound ("эээ", "אממ", "euh"). */
    static boolean isHesitation(String word) {
        return HESITATION.matcher(word).matches();
    }

    /**
     * Whether the text could hold an address: a scheme ("://") or a dot with a letter or digit
     * straight after it ("www.", ".com"); a sentence's full stop is followed by a space or nothing.
     */
    static boolean mayHoldAddress(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int dot = text.indexOf('.'); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (Character.isLetterOrDigit(text.charAt(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}
