package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;

/**
 * The words for God, from {@code god-words.tsv}: the formulas sermons, recitals and prayers open and close with
 * ("الحمد لله", "Слава Богу", "Gracias a Dios") come in endless wordings, and Whisper writes them over silence;
 * what they share is the word they call on. {@link Blessings#aFormula} decides when a few such words are all
 * there is.
 */
final class GodWords {

    private static final Set<String> WORDS = WordLists.lookupForms("god-words.tsv");
    /** Arabic joins "for", "by" and "and" to God's name: لله, بالله, والله. */
    private static final String ARABIC_NAME = "لله";
    /** "servant of", the name Abdullah ("servant of God"), which callers are called, in one word or two. */
    private static final String SERVANT = "عبد";

    private GodWords() {
    }

    /** Whether any of the words names God, but as a name's part ("عبد الله", Abdullah). */
    static boolean anyIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (is(words.get(i)) && (i == 0 || !NumberWords.key(words.get(i - 1)).equals(SERVANT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word names God. */
    static boolean is(String word) {
        String key = NumberWords.key(word);
        return WORDS.contains(key) || key.contains(ARABIC_NAME) && !key.startsWith(SERVANT);
    }
}
