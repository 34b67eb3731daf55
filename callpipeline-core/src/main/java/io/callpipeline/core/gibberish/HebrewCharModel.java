package io.callpipeline.core.gibberish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How Hebrew-like a word's letter sequence is: a character trigram model with stupid backoff, made
 * from counts of 1- to 3-letter sequences in Hebrew Wikipedia text (shipped in the jar; source and
 * licence in the resource's header). Real words, inflections and transliterated loanwords score
 * high; keyboard mashing and random letters fall back to rare bigrams and unigrams and score low.
 *
 * <p>Immutable and thread-safe; load it once ({@link #shipped()}).
 */
public final class HebrewCharModel {

    private static final String RESOURCE = "hebrew-char-ngrams.tsv";
    private static final double BACKOFF = 0.4;
    private static final HebrewCharModel SHIPPED = load();

    private final Map<String, Long> counts;
    private final Map<Character, Long> contextCounts;
    private final long totalLetters;

    private HebrewCharModel(Map<String, Long> counts) {
        this.counts = Map.copyOf(counts);
        Map<Character, Long> contexts = new HashMap<>();
        long letters = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey().length() == 2) {
                contexts.merge(e.getKey().charAt(0), e.getValue(), Long::sum);
            } else if (e.getKey().length() == 1) {
                letters += e.getValue();
            }
        }
        this.contextCounts = Map.copyOf(contexts);
        this.totalLetters = letters;
    }

    /** The model shipped in the jar. */
    public static HebrewCharModel shipped() {
        return SHIPPED;
    }

    /**
     * The mean log10 probability of each letter of {@code word} (and of the word's end) given the
     * two before it; higher is more Hebrew-like. Typical real words score above −1.6.
     *
     * @param word Hebrew letters only (no niqqud, punctuation or spaces)
     */
    public double averageLogProbability(String word) {
        String padded = " " + word + " ";
        double sum = 0;
        for (int i = 1; i < padded.length(); i++) {
            sum += Math.log10(probability(padded, i));
        }
        return sum / (padded.length() - 1);
    }

    private double probability(String padded, int i) {
        char c = padded.charAt(i);
        char previous = padded.charAt(i - 1);
        if (i >= 2) {
            Long trigram = counts.get(padded.substring(i - 2, i + 1));
            Long bigram = counts.get(padded.substring(i - 2, i));
            if (trigram != null && bigram != null) {
                return Math.min(1.0, (double) trigram / bigram);
            }
        }
        double factor = i >= 2 ? BACKOFF : 1.0;
        Long bigram = counts.get("" + previous + c);
        Long context = contextCounts.get(previous);
        if (bigram != null && context != null) {
            return factor * bigram / context;
        }
        long unigram = c == ' ' ? contextCounts.getOrDefault(' ', 1L) : counts.getOrDefault(String.valueOf(c), 1L);
        return factor * BACKOFF * unigram / (totalLetters + contextCounts.getOrDefault(' ', 0L));
    }

    private static HebrewCharModel load() {
        Map<String, Long> counts = new HashMap<>();
        try (InputStream in = HebrewCharModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HebrewCharModel(counts);
    }
}
