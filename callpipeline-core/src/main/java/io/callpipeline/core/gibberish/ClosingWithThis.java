package io.callpipeline.core.gibberish;

import java.util.List;

/**
 * A presenter's close pointed at itself, "with this we end…" ("Con esto cerramos la visita al ático", "בזה אנחנו
 * מסיימים את הסיור בדירה", "На этом мы заканчиваем обзор квартиры"): the words that point at the programme and a verb
 * that closes it are a presenter's, whatever it closes; the ending's reading ({@link EndingScan}) takes a tour of a
 * flat for a caller's business, and excuses the thanks for watching beside it. A caller closes a deal or a contract,
 * tells what he finished without pointing at his own words, or asks. The words are in {@code closing-with-this.tsv}.
 */
final class ClosingWithThis {

    /**
     * The pointing words among the transcript's first three ("And with that, …", "וזהו, בזה …"), at most two long ("на
     * этом", "con esto"), and the verb that closes within four words after them ("На этом наш вебинар завершён").
     */
    private static final OpeningThenWord READ = new OpeningThenWord("closing-with-this.tsv",
            List.of("with", "close", "deal"), 3, 2, 4);

    /** A transcript this long at most: a close, not a talk. */
    private static final int MAX_WORDS = 16;

    private ClosingWithThis() {
    }

    /**
     * Whether the short transcript opens on words that point at itself and a verb that closes it, with no deal, no
     * question, no number and nothing a caller asks for.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        return words.size() <= MAX_WORDS && READ.opens(words, i -> false) >= 0 && !READ.excused(words)
                && !CallerWords.asksOrCounts(t.transcript().text()) && !CallerWords.asksOrSawIn(words);
    }
}
