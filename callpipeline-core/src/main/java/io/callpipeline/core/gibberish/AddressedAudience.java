package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The watching audience addressed as a crowd ("שבת שלום לכל הצופים והצופות", "Happy holidays to all our viewers",
 * "Дорогие слушатели, с Новым годом!"): a broadcast's, whatever it wishes. The ending's reading ({@link EndingScan})
 * takes the viewers for one idea among the two an ending needs; a caller has no viewers, listeners or subscribers, and
 * one who is among them says so of himself with "your", not "all", "our" or "dear". The words are in {@code
 * addressed-audience.tsv}.
 */
final class AddressedAudience {

    private static final Set<String> AUDIENCE = new HashSet<>();
    private static final Set<String> ADDRESS = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("addressed-audience.tsv")) {
            (columns[0].equals("audience") ? AUDIENCE : ADDRESS).addAll(List.of(WordLists.words(columns[2])));
        }
    }

    /** How far from the audience its "all", "our" or "dear" stands ("to all | our | viewers", "צופים יקרים"). */
    private static final int ADDRESSED_WITHIN = 2;

    /** A transcript this long at most: a wish or a greeting, not a programme's talk. */
    private static final int MAX_WORDS = 16;

    private AddressedAudience() {
    }

    /**
     * Whether the transcript addresses the watching audience as a crowd in a wish or a greeting and says nothing of a
     * caller's: no question, number, day or hour, nothing of the flat, nothing asked or received.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        String text = t.transcript().text();
        if (words.size() > MAX_WORDS || !addressed(words)) {
            return false;
        }
        // "שבת שלום", "good evening": a day or an hour a pleasantry is made of is no caller's meeting
        List<String> arranged = words.stream().filter(w -> !Pleasantries.isOne(w)).toList();
        return !CallerWords.asksArrangesOrCounts(text, arranged) && !CallerWords.anyIn(words)
                && ownWords(words) <= MAX_OWN_WORDS;
    }

    /** Words of its own a wish or greeting to the audience holds at most ("Frohe Weihnachten", "feliz año nuevo"). */
    private static final int MAX_OWN_WORDS = 3;

    /** Shorter words are the little ones a wish is joined with ("to", "an", "с", "à"). */
    private static final int LITTLE_WORD = 3;

    /**
     * How many words are neither the audience's, its address, a pleasantry's nor little ones: a wish or a greeting has
     * few ("Frohe Weihnachten"); a commentator who goes on talking to the viewers has more ("liebe Zuschauer, das ist
     * keine Zeitlupe…"), and is left to the other readings.
     */
    private static int ownWords(List<String> words) {
        int own = 0;
        for (String word : words) {
            if (word.length() > LITTLE_WORD && !AUDIENCE.contains(word) && !ADDRESS.contains(word)
                    && !Pleasantries.isOne(word)) {
                own++;
            }
        }
        return own;
    }

    /** Whether an audience word has "all", "our" or "dear" within {@value #ADDRESSED_WITHIN} words of it. */
    private static boolean addressed(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!AUDIENCE.contains(words.get(i))) {
                continue;
            }
            for (int j = Math.max(0, i - ADDRESSED_WITHIN); j <= Math.min(words.size() - 1, i + ADDRESSED_WITHIN); j++) {
                if (j != i && ADDRESS.contains(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
