package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.List;

/**
 * A video's wrap-up, "that's all for today", from {@code wrap-ups.tsv}: whole phrases, since its words ("all",
 * "today", "всё", "היום") are every caller's too and only together say that a video is done. A phrase list knew the
 * bare phrases; a video says them to its audience and before its goodbye ("На сегодня всё, друзья", "זה הכל לסרטון
 * הזה"), which {@link VideoOutroRule} reads with the words where each phrase stands.
 */
final class WrapUps {

    private static final PhraseIndex<Boolean> PHRASES = new PhraseIndex<>();

    static {
        for (String[] columns : WordLists.rows("wrap-ups.tsv")) {
            PHRASES.add(Boolean.TRUE, columns[1]);
        }
    }

    private WrapUps() {
    }

    /** Where in the words a wrap-up stands: the indexes of its words, none when there is none. */
    static BitSet in(List<String> words) {
        BitSet wrapped = new BitSet();
        PHRASES.in(words).forEach(found -> wrapped.set(found.from(), found.to()));
        return wrapped;
    }
}
