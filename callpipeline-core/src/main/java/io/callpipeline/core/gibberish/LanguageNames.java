package io.callpipeline.core.gibberish;

import com.ibm.icu.util.ULocale;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import java.util.List;
import java.util.Locale;

/**
 * The names of the languages Israel's callers speak, in each of them, as ICU writes them ("עברית", "русский",
 * "العبرية", "anglais", "Deutsch"), rather than a list of ours. A recording's label names its language ("השיחה
 * היא בעברית", "Встреча на русском языке"); {@link RecordingTitleRule} asks whether a transcript does.
 *
 * <p>A name is matched as {@link MeetingDays} matches a day: by its start less a letter or two, so the cases a
 * language declines it into count ("на русском" for "русский", "française" for "français"), and inside a word in
 * the scripts that join prefixes to it ("בעברית"); Arabic's also without its article and its ta marbuta, as speech
 * writes it ("بالعربي" for "العربية").
 */
final class LanguageNames {

    /** A declined name ends in a few letters more than its stem: "русском", "українською". */
    private static final StemSet NAMES = new StemSet(3);

    static {
        for (String named : ScriptAwareLanguageIdentifier.NAMED) {
            ULocale language = ULocale.forLanguageTag(named);
            for (String in : ScriptAwareLanguageIdentifier.NAMED) {
                add(language.getDisplayLanguage(ULocale.forLanguageTag(in)));
            }
        }
    }

    private LanguageNames() {
    }

    private static void add(String name) {
        List<String> words = TranscriptFeatures.wordsOf(name);
        if (words.size() != 1) {
            return; // "Brazilian Portuguese" and the like: callers say the one word
        }
        String word = NumberWords.key(words.get(0).toLowerCase(Locale.ROOT));
        if (!StemSet.joinsPrefixes(word)) {
            int length = word.length();
            NAMES.add(word.substring(0, length >= 7 ? length - 2 : length >= 5 ? length - 1 : length));
            return;
        }
        NAMES.add(word);
        if (word.startsWith("ال")) {
            String bare = word.substring(2);
            NAMES.add(bare.endsWith("ة") ? bare.substring(0, bare.length() - 1) : bare);
        }
    }

    /** Whether any of the words names a language. */
    static boolean anyIn(List<String> words) {
        return NAMES.anyIn(words.stream().map(NumberWords::key).toList());
    }
}
