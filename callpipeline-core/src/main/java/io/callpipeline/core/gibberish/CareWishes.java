package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A presenter's wish that his audience take care of itself on the way home or in the weather, from {@code
 * care-wishes.tsv} ("Drive home safe", "תתלבשו חם", "Одевайтесь теплее", "Couvrez-vous bien"): what a comedian sends
 * his crowd home with and a forecast its viewers out into the rain with, in words ("home", "warm", "umbrella") no list
 * of pleasantries holds one by one, since a caller says them of his flat. Read as a phrase, the wish is the ending's:
 * its words are no sentence of the caller's beside it ({@link EndingSentences}, {@link VideoOutroRule}). So is a wish
 * for what the audience goes on to do, whatever it is: after an opener the list marks with "*" ("happy house hunting",
 * "viel Spaß beim Lesen", "удачных покупок"), a word or two of its own.
 */
final class CareWishes {

    private static final PhraseIndex<Boolean> PHRASES = new PhraseIndex<>();

    /** The openers of a wish for what the audience goes on to do, whatever it is ("happy …", "viel Spaß beim …"). */
    private static final PhraseIndex<Boolean> OPENERS = new PhraseIndex<>();

    /** How many words after an opener say what the audience is wished ("happy | house hunting"). */
    private static final int WISHED_WORDS = 2;

    static {
        for (String[] columns : WordLists.rows("care-wishes.tsv")) {
            if (columns[1].endsWith(" *")) {
                OPENERS.add(Boolean.TRUE, columns[1].substring(0, columns[1].length() - 2));
            } else {
                PHRASES.add(Boolean.TRUE, columns[1]);
            }
        }
    }

    private CareWishes() {
    }

    /** Where the wishes of care stand in the words (each word's index); empty for most transcripts. */
    static BitSet in(List<String> words) {
        BitSet wished = PhraseIndex.where(PHRASES.in(words));
        for (PhraseIndex.Found<Boolean> opener : OPENERS.in(words)) {
            int end = opener.to();
            while (end < Math.min(words.size(), opener.to() + WISHED_WORDS) && whatIsWished(words.get(end))) {
                end++;
            }
            if (end > opener.to()) {
                wished.set(opener.from(), end);
            }
        }
        return wished;
    }

    /**
     * Whether a word after a wish's opener may be what the audience is wished to do ("house", "hunting", "Lesen"): no
     * little word, pleasantry or ending's word, where the wish has ended ("happy baking | and see you…").
     */
    private static boolean whatIsWished(String word) {
        return word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD && !Pleasantries.isOne(word)
                && !EndingWords.anyIn(List.of(word));
    }

    /** The words that stand where the wishes of care were found ({@link #in}), as the transcript writes them. */
    static Set<String> wordsAt(List<String> words, BitSet wished) {
        if (wished.isEmpty()) {
            return Set.of();
        }
        Set<String> said = new HashSet<>();
        wished.stream().forEach(i -> said.add(words.get(i)));
        return said;
    }
}
