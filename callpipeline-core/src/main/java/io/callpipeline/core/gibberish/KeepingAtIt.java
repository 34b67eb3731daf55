package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A presenter's wish that his audience keep at something ("keep learning and keep growing", "תמשיכו ללמוד ולהשקיע",
 * "продолжайте учиться", "واستمروا في التعلم", "continuez à apprendre"), said with a goodbye: whatever the audience is
 * wished to keep doing, which no list of pleasantries holds. The verbs after "keep" are told by their form (a gerund in
 * English and Spanish, an infinitive in Hebrew, Russian, French and Italian, a verbal noun after Arabic's "في"), so a
 * caller who asks his agent to keep at his own business ("keep sending me listings", "תמשיכו לשלוח לי דירות") says his
 * own words beside the verb, which are no wish's, and stays a caller.
 */
final class KeepingAtIt {

    /** "Keep" and "continue" as said to an audience, in the languages of Israel's callers and the identifier's. */
    private static final Set<String> KEEP = Set.of("keep", "continue", "תמשיכו", "ותמשיכו", "המשיכו", "והמשיכו",
            "продолжайте", "продолжаем", "استمروا", "واستمروا", "استمرّوا", "continuez", "continuons", "sigan",
            "sigamos", "continúen", "continuad", "continuate", "continuiamo", "continuem", "continuemos");

    /** The little words between "keep" and its verb, or between two verbs ("keep on going", "continuez à", "في"). */
    private static final Set<String> LINKS = Set.of("on", "to", "and", "и", "à", "a", "de", "في", "y", "e", "et");

    /** How many words after a "keep" its verbs and links may run. */
    private static final int REACH = 4;

    /** A verb's form this short is a word of its own ("her", "ли"). */
    private static final int MIN_VERB_LETTERS = 4;

    private KeepingAtIt() {
    }

    /**
     * The words of the wishes to keep at something in the words: each "keep", the verbs the audience is wished to keep
     * at and the little words between; empty for a transcript that says no "keep" with a verb after it.
     */
    static Set<String> wordsIn(List<String> words) {
        Set<String> wished = null;
        for (int i = 0; i < words.size(); i++) {
            if (!KEEP.contains(words.get(i))) {
                continue;
            }
            int lastVerb = -1;
            for (int j = i + 1; j < words.size() && j <= i + REACH; j++) {
                if (isVerbForm(words.get(j))) {
                    lastVerb = j;
                } else if (!LINKS.contains(words.get(j))) {
                    break;
                }
            }
            if (lastVerb > i) {
                wished = wished != null ? wished : new HashSet<>();
                wished.addAll(words.subList(i, lastVerb + 1));
            }
        }
        return wished != null ? wished : Set.of();
    }

    /**
     * Whether the word has a verb's form a wish goes on with: a gerund ("learning", "aprendiendo"), an infinitive
     * ("ללמוד", "ולהשקיע", "учиться", "apprendre", "imparare") or an Arabic verbal noun ("التعلم").
     */
    private static boolean isVerbForm(String word) {
        if (word.length() < MIN_VERB_LETTERS) {
            return false;
        }
        return switch (Character.UnicodeScript.of(word.codePointAt(0))) {
            case LATIN -> word.endsWith("ing") || word.endsWith("ando") || word.endsWith("iendo")
                    || word.endsWith("er") || word.endsWith("ir") || word.endsWith("re");
            case HEBREW -> word.startsWith("ל") || word.startsWith("ול");
            case CYRILLIC -> word.endsWith("ть") || word.endsWith("ться") || word.endsWith("ти");
            case ARABIC -> word.startsWith("ال") || word.startsWith("بال");
            default -> false;
        };
    }
}
