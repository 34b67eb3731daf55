package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A presenter's close pointed at itself, "with this we end…" ("Con esto cerramos la visita al ático", "בזה אנחנו
 * מסיימים את הסיור בדירה", "На этом мы заканчиваем обзор квартиры"): the words that point at the programme and a verb
 * that closes it are a presenter's, whatever it closes; the ending's reading ({@link EndingScan}) takes a tour of a
 * flat for a caller's business, and excuses the thanks for watching beside it. A caller closes a deal or a contract,
 * tells what he finished without pointing at his own words, or asks. The words are in {@code closing-with-this.tsv}.
 */
final class ClosingWithThis {

    private static final PhraseIndex<Boolean> WITH = new PhraseIndex<>();
    private static final Set<String> CLOSE = new HashSet<>();
    private static final Set<String> DEAL = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("closing-with-this.tsv")) {
            switch (columns[0]) {
                case "with" -> WITH.add(Boolean.TRUE, columns[2]);
                case "close" -> WordLists.addLookupForms(CLOSE, columns[2]);
                default -> WordLists.addLookupForms(DEAL, columns[2]);
            }
        }
    }

    /** How far into the transcript the pointing words start ("And with that, …", "וזהו, בזה …"). */
    private static final int WITH_WITHIN = 3;

    /** The longest pointing words ("with this", "на этом", "con esto"). */
    private static final int MAX_WITH_WORDS = 2;

    /** How far after the pointing words the verb that closes stands ("На этом наш вебинар завершён"). */
    private static final int CLOSE_WITHIN = 4;

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
        if (words.size() > MAX_WORDS || !closes(words)) {
            return false;
        }
        return words.stream().noneMatch(w -> DEAL.contains(NumberWords.key(w)))
                && !CallerWords.asksOrCounts(t.transcript().text())
                && !CallerWords.asksOrSawIn(words);
    }

    /** Whether pointing words open the transcript and a verb that closes follows within {@value #CLOSE_WITHIN}. */
    private static boolean closes(List<String> words) {
        // the pointing words open the transcript: only its first words are looked up
        List<String> opening = words.subList(0, Math.min(words.size(), WITH_WITHIN + MAX_WITH_WORDS));
        for (PhraseIndex.Found<Boolean> with : WITH.in(opening)) {
            if (with.from() >= WITH_WITHIN) {
                continue;
            }
            for (int i = with.to(); i < Math.min(words.size(), with.to() + CLOSE_WITHIN); i++) {
                if (CLOSE.contains(NumberWords.key(words.get(i)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
