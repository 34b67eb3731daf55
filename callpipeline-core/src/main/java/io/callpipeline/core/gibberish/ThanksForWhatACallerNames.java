package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import java.util.List;
import java.util.Set;

/**
 * A thanks for what a caller names, beside his goodbye till next time ("Thanks for your help, see you next time",
 * "תודה על הקפה, נתראה בפעם הבאה", "Gracias por tu ayuda, hasta la próxima"): a goodbye's two words sign off as a
 * video does, and only what the thanks is for tells them apart. A video thanks its audience for watching, listening,
 * its support, attention or company, each an idea of an ending's; a caller thanks his agent for the help, the coffee,
 * the patience, words that carry none. Read by {@link VideoOutroRule} where a thanks and a goodbye are all it found.
 */
final class ThanksForWhatACallerNames {

    /** The word after a thanks that says what it is for ("for", "על", "за", "pour", "por", "für", "per", "على"). */
    static final Set<String> FOR = Set.of("for", "על", "за", "pour", "por", "für", "fur", "per", "على", "para",
            "pelo", "pela");

    /** How many words after "for" the thing thanked for may stand ("for all your help with the flat"). */
    private static final int WITHIN = 3;

    private ThanksForWhatACallerNames() {
    }

    /**
     * Whether a thanks is followed by its "for" ({@link #forAfter}), or in Amharic preceded ({@link #forBefore}), and,
     * within {@value #WITHIN} words, by a word longer than a little one that carries no idea of an ending's, is no
     * pleasantry and does not address the audience, before any word that carries one ("thanks for the coffee", not
     * "thanks for your support").
     */
    static boolean in(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!EndingWords.carries(words.get(i), Idea.THANKS)) {
                continue;
            }
            int thanked = forAfter(words, i);
            // Amharic says what it thanks for first ("ስለ እርዳታችሁ እናመሰግናለን", for your help we thank)
            int before = thanked < 0 ? forBefore(words, i) : -1;
            if (thanked < 0 && before < 0) {
                continue;
            }
            int from = thanked >= 0 ? thanked + 1 : before + 1;
            int to = thanked >= 0 ? Math.min(words.size(), from + WITHIN) : i;
            for (int k = from; k < to; k++) {
                String word = words.get(k);
                List<EndingWords.Stem> stems = EndingWords.stemsIn(NumberWords.key(word));
                if (stems.stream().anyMatch(stem -> stem.idea() != Idea.ENJOY)) {
                    break; // an idea first: "thanks for your support", "thanks for watching"
                }
                // the help thanked for ("תודה על העזרה") is no video's "it helped", whose letters it has
                if (!stems.isEmpty() || word.codePointCount(0, word.length()) > littleWord(word)
                        && !Pleasantries.isOne(word) && !CallersOwnWords.addressesTheAudience(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The "for" that stands before what a thanks is for, in a language that says the thanks last (Amharic's "ስለ"). */
    private static final Set<String> FOR_BEFORE = Set.of("ስለ");

    /** Where a "for" stands among the {@value #FOR_WITHIN} words before the thanks at {@code i}; -1 if nowhere. */
    private static int forBefore(List<String> words, int i) {
        for (int j = i - 1; j >= Math.max(0, i - FOR_WITHIN); j--) {
            if (FOR_BEFORE.contains(words.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /** The letters a little word has at most: Ethiopic writes a syllable a letter, so its words are shorter. */
    private static int littleWord(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ETHIOPIC ? 1
                : EndingScan.SMALL_WORD;
    }

    /** How far from a thanks its "for" may stand ("thanks again for", "thank you so much for", "ስለ ቡናው እናመሰግናለን"). */
    private static final int FOR_WITHIN = 3;
    /** The letters a word between a thanks and its "for" has at most ("again", "so", "much", "you"). */
    private static final int SHORT = 5;

    /** Where the thanks at {@code i} says what it is for: its "for", with only short words before it; -1 if nowhere. */
    private static int forAfter(List<String> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + 1 + FOR_WITHIN); j++) {
            String word = words.get(j);
            if (FOR.contains(word)) {
                return j;
            }
            if (word.codePointCount(0, word.length()) > SHORT) {
                return -1;
            }
        }
        return -1;
    }
}
