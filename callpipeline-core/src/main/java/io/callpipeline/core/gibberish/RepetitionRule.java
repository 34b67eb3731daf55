package io.callpipeline.core.gibberish;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * A transcriber stuck in a loop repeats one word or phrase: "אני אני אני אני", "תודה. תודה. תודה.",
 * "אאאאאא". Caught three ways: one word n-gram (n = 1..4) filling most of the words; words that are
 * a letter run; and, on longer texts, Whisper's own sign of a loop, a compression ratio above 2.4.
 */
public final class RepetitionRule implements GibberishRule {

    public static final String CODE = "repetition";

    /** Hebrew letters take one byte here, as English does in UTF-8, so Whisper's 2.4 threshold applies. */
    private static final Charset SINGLE_BYTE_HEBREW = Charset.forName("ISO-8859-8");
    private static final int MIN_BYTES_FOR_RATIO = 120;

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
        if (repeatedShare(words) >= maxRepeatedShare || letterRunShare(words) >= 0.5
                || compressionRatio(t.text()) > maxCompressionRatio) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול חוזר על אותה מילה או ביטוי שוב ושוב – סימן לשקט או רעש בהקלטה"));
        }
        return Optional.empty();
    }

    /** The largest share of the words covered by repeats of one n-gram, n = 1..4. */
    static double repeatedShare(List<String> words) {
        if (words.size() < 4) {
            return 0;
        }
        double best = 0;
        for (int n = 1; n <= 4 && n * 3 <= words.size(); n++) {
            Map<List<String>, Integer> counts = new HashMap<>();
            int max = 0;
            for (int i = 0; i + n <= words.size(); i++) {
                max = Math.max(max, counts.merge(words.subList(i, i + n), 1, Integer::sum));
            }
            if (max >= (n == 1 ? 4 : 3)) {
                best = Math.max(best, Math.min(1.0, (double) max * n / words.size()));
            }
        }
        return best;
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
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        byte[] buffer = new byte[bytes.length + 64];
        int compressed = deflater.deflate(buffer);
        deflater.end();
        return (double) bytes.length / compressed;
    }
}
