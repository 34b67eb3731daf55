package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A video's wrap-up, "that's all for today", from {@code wrap-ups.tsv}: whole phrases, since its words ("all",
 * "today", "всё", "היום") are every caller's too and only together say that a video is done. A phrase list knew the
 * bare phrases; a video says them to its audience and before its goodbye ("На сегодня всё, друзья", "זה הכל לסרטון
 * הזה"), which {@link VideoOutroRule} reads with the words where each phrase stands.
 */
final class WrapUps {

    /** The phrases by their first word, each as the words it is read in ({@link NumberWords#key}: "всё" as "все"). */
    private static final Map<String, List<List<String>>> BY_FIRST_WORD = new HashMap<>();

    static {
        for (String[] columns : WordLists.rows("wrap-ups.tsv")) {
            List<String> phrase = TranscriptFeatures.wordsOf(columns[1]).stream().map(NumberWords::key).toList();
            if (!phrase.isEmpty()) {
                BY_FIRST_WORD.computeIfAbsent(phrase.get(0), first -> new ArrayList<>()).add(phrase);
            }
        }
    }

    private WrapUps() {
    }

    /** Where in the words a wrap-up stands: the indexes of its words, none when there is none. */
    static BitSet in(List<String> words) {
        BitSet wrapped = new BitSet();
        List<String> keys = null; // most transcripts hold no phrase's first word: looked up only when one does
        for (int i = 0; i < words.size(); i++) {
            List<List<String>> phrases = BY_FIRST_WORD.get(NumberWords.key(words.get(i)));
            if (phrases == null) {
                continue;
            }
            keys = keys != null ? keys : words.stream().map(NumberWords::key).toList();
            for (List<String> phrase : phrases) {
                int end = i + phrase.size();
                if (end <= keys.size() && keys.subList(i, end).equals(phrase)) {
                    wrapped.set(i, end);
                }
            }
        }
        return wrapped;
    }
}
