package io.callpipeline.core.gibberish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of words a wrap-up is made of, from {@code wrap-up-words.tsv}: "everything" (English's and Dutch's "it"
 * after a copula), "today"/"now", the speaker's part ("me"), a time said as whose ("this week's"), and the little
 * words around them. Each is every caller's word alone; {@link WrapUps} reads how they stand together.
 */
final class WrapUpWords {

    private static final Map<String, Set<String>> WORDS = new HashMap<>();

    static {
        for (String[] columns : WordLists.rows("wrap-up-words.tsv")) {
            for (String word : WordLists.words(columns[2])) {
                WORDS.computeIfAbsent(columns[0], k -> new HashSet<>())
                        .add(NumberWords.key(TranscriptFeatures.normalize(word)));
            }
        }
    }

    private WrapUpWords() {
    }

    /** Whether the word, read as a key ({@link NumberWords#key}), is of the kind. */
    static boolean is(String kind, String key) {
        return WORDS.get(kind).contains(key);
    }

    /**
     * Whether the words (keys) from {@code from} (inclusive) to {@code to} (exclusive) are all little ones, a Hebrew ו
     * or an Arabic و ("and") before one too.
     */
    static boolean little(List<String> keys, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = keys.get(i);
            if (word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD && !is("little", word)
                    && !(Pleasantries.startsWithAnd(word) && is("little", word.substring(1)))) { // "وهيك", "וזהו"
                return false;
            }
        }
        return true;
    }
}
