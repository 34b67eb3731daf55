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
 * its words are no sentence of the caller's beside it ({@link EndingSentences}, {@link VideoOutroRule}).
 */
final class CareWishes {

    private static final PhraseIndex<Boolean> PHRASES = new PhraseIndex<>();

    static {
        for (String[] columns : WordLists.rows("care-wishes.tsv")) {
            PHRASES.add(Boolean.TRUE, columns[1]);
        }
    }

    private CareWishes() {
    }

    /** Where the wishes of care stand in the words (each word's index); empty for most transcripts. */
    static BitSet in(List<String> words) {
        BitSet wished = new BitSet();
        PHRASES.in(words).forEach(wish -> wished.set(wish.from(), wish.to()));
        return wished;
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
