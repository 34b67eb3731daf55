package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What stands between two words an ending reads together: its ideas go together only across little words and the few
 * others each pairing allows ("Chapter four, the end": a number; "השיעור של היום הסתיים": today; "ברוכים הבאים לערוץ":
 * a pleasantry), where a caller's own words between them say something else. One reading for every such pairing.
 */
final class WordsBetween {

    private WordsBetween() {
    }

    /**
     * Whether every word strictly between {@code from} and {@code to} is a little one ({@value EndingScan#SMALL_WORD}
     * letters at most) or one {@code allowed} lets stand, and at least one of them is {@code needed} (none is needed
     * when it is null).
     */
    static boolean onlyLittleOr(List<String> words, int from, int to, Predicate<String> allowed,
            Predicate<String> needed) {
        boolean found = needed == null;
        for (int k = from + 1; k < to; k++) {
            String word = words.get(k);
            boolean isNeeded = needed != null && needed.test(word);
            if (word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD && !isNeeded && !allowed.test(word)) {
                return false;
            }
            found |= isNeeded;
        }
        return found;
    }

    /**
     * Whether one of {@code set} stands within {@code reach} words before the word at {@code at}: the order before a
     * guide's part of the body, the "who" before someone else's deed.
     */
    static boolean anyBefore(List<String> words, int at, int reach, Set<String> set) {
        for (int j = Math.max(0, at - reach); j < at; j++) {
            if (set.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }
}
