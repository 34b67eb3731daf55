package io.callpipeline.core.gibberish;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * A transcriber stuck in a loop repeats one word or phrase: "אני אני אני אני", "תודה. תודה. תודה.",
 * "אאאאאא". Caught six ways: one word said three times and nothing else; one word n-gram (n = 1..4)
 * filling most of the words; one sentence said three times or more filling most of them; words that are a letter run;
 * letters spelt over in a loop; and Whisper's own sign of a loop, a compression ratio above 2.4, in most 30-second
 * stretches of the text.
 */
public final class RepetitionRule implements GibberishRule {

    public static final String CODE = "repetition";

    /** Hebrew letters take one byte here, as English does in UTF-8, so Whisper's 2.4 threshold applies. */
    private static final Charset SINGLE_BYTE_HEBREW = Charset.forName("ISO-8859-8");
    private static final int MIN_BYTES_FOR_RATIO = 120;
    private static final int STRETCH_CHARACTERS = 300;
    /**
     * Text compresses past 2.4 only when it repeats itself, which leaves few distinct words; below
     * this share of distinct words the (costlier) compression ratio is worth computing.
     */
    private static final double FEW_DISTINCT_WORDS = 0.6;
    /** A deflater's native state is costly to set up; each thread keeps one. */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_COMPRESSION));

    private final double maxRepeatedShare;
    private final double maxCompressionRatio;

    /**
     * @param maxRepeatedShare    the share of words one repeated n-gram may fill (default 0.6)
     * @param maxCompressionRatio gzip ratio above which long text is a loop (default 2.4)
     */
    public RepetitionRule(double maxRepeatedShare, double maxCompressionRatio) {
        this.maxRepeatedShare = maxRepeatedShare;
        this.maxCompressionRatio = maxCompressionRatio;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (oneWordThrice(words) || repeatedShare(words) >= maxRepeatedShare || letterRunShare(words) >= 0.5
                || loopingShare(words) >= 0.5 || speltOver(words)
                || sentenceLoopedShare(t.transcript().text(), words) >= maxRepeatedShare) {
            if (CountingRule.isAPhoneNumber(words) || aNumberItsWordsName(words)) {
                return Optional.empty(); // "0, 5, 4, 1, 2, 1, 2, 1, 2, 1": a caller's number whose digits repeat
            }
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול חוזר על אותה מילה או ביטוי שוב ושוב – סימן לשקט או רעש בהקלטה"));
        }
        return Optional.empty();
    }

    /**
     * One word said three times and nothing else ("it... it... it...", "לא לא לא", "Да. Да. Да."): a loop
     * that a silence cut short. A caller who says "no, no, no" goes on to say what he wants.
     */
    private static boolean oneWordThrice(List<String> words) {
        return words.size() == 3 && words.get(0).equalsIgnoreCase(words.get(1))
                && words.get(1).equalsIgnoreCase(words.get(2));
    }

    /** A word said this often in a short transcript is said over, as {@link #oneWordThrice} reads it. */
    private static final int SAID_OVER = 3;

    /**
     * A number whose digits repeat and the words beside it that name it ("Код четыре четыре четыре четыре", "הקוד ארבע
     * ארבע ארבע ארבע", "PIN 1 1 1 1"): every word said over is a number, and the other words name a caller's thing, a
     * code, a card, a phone or a postcode, as a count's do ({@link CountingRule#namesACallersThing}). A transcriber's
     * loop of one digit names nothing.
     */
    static boolean aNumberItsWordsName(List<String> words) {
        Map<String, Integer> said = new HashMap<>();
        words.forEach(word -> said.merge(word, 1, Integer::sum));
        List<String> saidOver = said.entrySet().stream().filter(e -> e.getValue() >= SAID_OVER).map(Map.Entry::getKey)
                .toList();
        return !saidOver.isEmpty() && saidOver.stream().allMatch(w -> NumberWords.value(w).isPresent())
                && CountingRule.namesACallersThing(words);
    }

    /** The fewest letters a name spelt over is: "К, О, Г, А, Н, К, О, Г, А, Н". */
    private static final int MIN_SPELT_LETTERS = 8;

    /**
     * Letters one by one and nothing else, the same run of them said twice or more ("И, В, А, Н, О, В, А, И, В, А, Н,
     * О, В, А"): a name spelt over in a loop, longer than the n-grams {@link #repeatedShare} reads. A caller spells his
     * name beside it ("Smith, S, M, I, T, H") and once.
     */
    static boolean speltOver(List<String> words) {
        int size = words.size();
        if (size < MIN_SPELT_LETTERS || !words.stream().allMatch(w -> w.codePointCount(0, w.length()) == 1
                && Character.isLetter(w.codePointAt(0)))) {
            return false;
        }
        for (int period = 2; period * 2 <= size; period++) {
            int p = period;
            if (IntStream.range(p, size).allMatch(i -> words.get(i).equals(words.get(i - p)))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence said this many times over is a loop: a caller on a bad line says his twice. */
    private static final int MIN_SENTENCE_REPEATS = 3;

    /**
     * Past this many words a sentence's loop is long enough for the compression ratio ({@link #loopingShare}), and a
     * long call's words are not gathered again.
     */
    private static final int MAX_SENTENCE_LOOP_WORDS = 150;

    /**
     * The share of the words that one sentence said {@value #MIN_SENTENCE_REPEATS} times or more covers ("I'm going to
     * go ahead and close this out." three times): a loop of a sentence longer than the n-grams {@link #repeatedShare}
     * reads, said too few times for the compression ratio to tell. Read only when few of the words are distinct.
     */
    static double sentenceLoopedShare(String text, List<String> words) {
        if (words.size() < MIN_SENTENCE_REPEATS * 2 || words.size() > MAX_SENTENCE_LOOP_WORDS
                || distinctShare(words) >= FEW_DISTINCT_WORDS) {
            return 0;
        }
        Map<List<String>, Integer> said = new HashMap<>();
        int most = 0;
        for (String sentence : VideoOutroRule.SENTENCES.split(text)) {
            List<String> sentenceWords = TranscriptFeatures.wordsOf(sentence);
            if (sentenceWords.size() >= 2) {
                int times = said.merge(sentenceWords, 1, Integer::sum);
                most = times >= MIN_SENTENCE_REPEATS ? Math.max(most, times * sentenceWords.size()) : most;
            }
        }
        return (double) most / words.size();
    }

    /** The largest share of the words covered by repeats of one n-gram, n = 1..4, each word counted once. */
    static double repeatedShare(List<String> words) {
        int size = words.size();
        if (size < 4) {
            return 0;
        }
        Map<String, Integer> ids = new HashMap<>();
        long[] id = new long[size];
        for (int i = 0; i < size; i++) {
            id[i] = ids.computeIfAbsent(words.get(i), w -> ids.size()) & 0xFFFF;
        }
        double best = 0;
        for (int n = 1; n <= 4 && n * 3 <= size; n++) {
            long[] grams = new long[size - n + 1];
            for (int i = 0; i < grams.length; i++) {
                long key = 0;
                for (int k = 0; k < n; k++) {
                    key = (key << 16) | id[i + k];
                }
                grams[i] = key;
            }
            long[] sorted = grams.clone();
            Arrays.sort(sorted);
            int least = n == 1 ? 4 : 3;
            for (int i = 1, run = 1; i < sorted.length; i++) {
                run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
                boolean runEnds = i + 1 == sorted.length || sorted[i + 1] != sorted[i];
                if (runEnds && run >= least && run * n > best * size) {
                    best = Math.max(best, (double) wordsCovered(grams, sorted[i], n) / size);
                }
            }
        }
        return best;
    }

    /**
     * The words the n-gram {@code gram} stands on, each counted once: a run of one word said five times holds four
     * pairs, and they stand on five words, not eight.
     */
    private static int wordsCovered(long[] grams, long gram, int n) {
        int covered = 0;
        int coveredTill = 0;
        for (int i = 0; i < grams.length; i++) {
            if (grams[i] == gram) {
                covered += i + n - Math.max(coveredTill, i);
                coveredTill = i + n;
            }
        }
        return covered;
    }

    /**
     * The share of the text, cut into stretches of about {@value #STRETCH_CHARACTERS} characters
     * (what Whisper writes for 30 seconds of speech), whose compression ratio says they loop. The
     * ratio is taken per stretch because it grows with length: a whole hour of real speech
     * compresses past 2.4, while 30 seconds of it stays near 1.5.
     */
    double loopingShare(List<String> words) {
        int total = 0;
        int looping = 0;
        for (int start = 0; start < words.size(); ) {
            int end = start;
            int characters = 0;
            while (end < words.size() && characters < STRETCH_CHARACTERS) {
                characters += words.get(end++).length() + 1;
            }
            List<String> stretch = words.subList(start, end);
            total += characters;
            if (distinctShare(stretch) < FEW_DISTINCT_WORDS
                    && compressionRatio(String.join(" ", stretch)) > maxCompressionRatio) {
                looping += characters;
            }
            start = end;
        }
        return total == 0 ? 0 : (double) looping / total;
    }

    /** Distinct words over all words; speech runs near 0.8, a loop far lower. */
    static double distinctShare(List<String> words) {
        return words.isEmpty() ? 1 : (double) new java.util.HashSet<>(words).size() / words.size();
    }

    /** The share of letters in words holding a run of four or more of the same letter. */
    static double letterRunShare(List<String> words) {
        int total = 0;
        int inRuns = 0;
        for (String word : words) {
            total += word.length();
            int run = 1;
            for (int i = 1; i < word.length() && run < 4; i++) {
                run = word.charAt(i) == word.charAt(i - 1) ? run + 1 : 1;
            }
            if (run >= 4) {
                inRuns += word.length();
            }
        }
        return total == 0 ? 0 : (double) inRuns / total;
    }

    /** Raw size over deflated size, for text long enough for the ratio to mean something; else 0. */
    static double compressionRatio(String text) {
        byte[] bytes = text.getBytes(SINGLE_BYTE_HEBREW);
        if (bytes.length < MIN_BYTES_FOR_RATIO) {
            return 0;
        }
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] buffer = new byte[bytes.length + 64];
        int compressed = deflater.deflate(buffer);
        return (double) bytes.length / compressed;
    }
}
