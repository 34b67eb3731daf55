package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * A demonstration's result shown off as it ends, "and that's how you make…", "and there you have it…" ("וככה מכינים
 * חלה", "Вот так легко можно покрасить стены", "Y así es como se prepara una paella"): a cook's or a repairer's last
 * words, which the ending's reading ({@link EndingScan}) reads as a caller's, since the tart or the faucet is no
 * video's word. A caller asks the way ("So that's how you get to the building?"), tells a deal done, asks or names a
 * number. The words are in {@code demonstrations.tsv}.
 */
final class DemonstrationsResult {

    /**
     * The pointing words among the transcript's first five ("And that, my friends, is how you…" is read from "is how
     * you"), at most four long ("et voilà le travail"), and the verb of making within three words after them.
     */
    private static final OpeningThenWord READ = new OpeningThenWord("demonstrations.tsv",
            List.of("how", "verb", "deal"), 5, 4, 3);

    /** A transcript this long at most: a result shown, not a talk. */
    private static final int MAX_WORDS = 16;

    private DemonstrationsResult() {
    }

    /** Whether the short transcript opens on a result shown off, with no deal, no question and no number. */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        return words.size() <= MAX_WORDS && READ.opens(words, i -> false) >= 0 && !READ.excused(words)
                && !CallerWords.asksOrCounts(t.transcript().text()) && !CallerWords.asksOrSawIn(words);
    }
}
