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
 * <p>Every log-probability is worked out once, when the model loads, into tables indexed by letter,
 * so scoring a word is a few array reads per letter. Immutable and thread-safe; load it once
 * ({@link #shipped()}).
 */
public final class HebrewCharModel {

    private static final String RESOURCE = "hebrew-char-ngrams.tsv";
    private static final double BACKOFF = 0.4;
    /** Index 0 is the word boundary, 1–27 the letters א (U+05D0) to ת (U+05EA). */
    private static final int SYMBOLS = 28;
    private static final HebrewCharModel SHIPPED = load();

    private final double[] afterBoundary = new double[SYMBOLS];
    private final double[] trigram = new double[SYMBOLS * SYMBOLS * SYMBOLS];

    private HebrewCharModel(Map<String, Long> counts) {
        long[] unigram = new long[SYMBOLS];
        long[] bigram = new long[SYMBOLS * SYMBOLS];
        long[] tri = new long[SYMBOLS * SYMBOLS * SYMBOLS];
        counts.forEach((gram, count) -> {
            switch (gram.length()) {
                case 1 -> unigram[index(gram.charAt(0))] += count;
                case 2 -> bigram[index(gram.charAt(0)) * SYMBOLS + index(gram.charAt(1))] += count;
                default -> tri[(index(gram.charAt(0)) * SYMBOLS + index(gram.charAt(1))) * SYMBOLS
                        + index(gram.charAt(2))] += count;
            }
        });
        long[] context = new long[SYMBOLS];
        for (int a = 0; a < SYMBOLS; a++) {
            for (int b = 0; b < SYMBOLS; b++) {
                context[a] += bigram[a * SYMBOLS + b];
            }
        }
        unigram[0] = context[0];
        long total = 0;
        for (long u : unigram) {
            total += u;
        }
        for (int c = 0; c < SYMBOLS; c++) {
            afterBoundary[c] = Math.log10(bigramProbability(bigram, context, unigram, total, 0, c));
        }
        for (int a = 0; a < SYMBOLS; a++) {
            for (int b = 0; b < SYMBOLS; b++) {
                long ab = bigram[a * SYMBOLS + b];
                for (int c = 0; c < SYMBOLS; c++) {
                    long abc = tri[(a * SYMBOLS + b) * SYMBOLS + c];
                    double p = abc > 0 && ab > 0 ? Math.min(1.0, (double) abc / ab)
                            : BACKOFF * bigramProbability(bigram, context, unigram, total, b, c);
                    trigram[(a * SYMBOLS + b) * SYMBOLS + c] = Math.log10(p);
                }
            }
        }
    }

    private static double bigramProbability(long[] bigram, long[] context, long[] unigram, long total, int b, int c) {
        long bc = bigram[b * SYMBOLS + c];
        if (bc > 0 && context[b] > 0) {
            return (double) bc / context[b];
        }
        return BACKOFF * Math.max(1, unigram[c]) / total;
    }

    /** The model shipped in the jar. */
    public static HebrewCharModel shipped() {
        return SHIPPED;
    }

    /**
     * The mean log10 probability of each letter of {@code word} (and of the word's end) given the
     * two before it; higher is more Hebrew-like. Typical real words score above −1.6.
     *
     * @param word Hebrew letters only (א–ת; no niqqud, punctuation or spaces)
     */
    public double averageLogProbability(CharSequence word) {
        int n = word.length();
        int previous = 0;
        int current = index(word.charAt(0));
        double sum = afterBoundary[current];
        for (int i = 1; i <= n; i++) {
            int next = i < n ? index(word.charAt(i)) : 0;
            sum += trigram[(previous * SYMBOLS + current) * SYMBOLS + next];
            previous = current;
            current = next;
        }
        return sum / (n + 1);
    }

    private static int index(char c) {
        if (c >= 'א' && c <= 'ת') {
            return c - 'א' + 1;
        }
        if (c == ' ') {
            return 0;
        }
        throw new IllegalArgumentException("not a Hebrew letter: U+" + Integer.toHexString(c));
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
