package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.Vocabulary;
import java.util.List;
import java.util.Set;

/**
 * Every threshold of the Hebrew gibberish guard in one place, with defaults chosen on the labelled
 * corpus in the project's tests (see docs/guard.md for its figures). A host tunes them through the
 * starter's {@code callpipeline.gibberish.*} properties or passes its own record.
 *
 * @param minCharacters            fewer letters and digits than this is too short (3)
 * @param maxPhraseCoverage        the share of letters known hallucination phrases may cover (0.8)
 * @param extraPhrases             the host's own hallucination phrases; "…" at the end matches a few words
 * @param maxRepeatedShare         the share of words one repeated n-gram may fill (0.6)
 * @param maxCompressionRatio      gzip ratio of long text above which it loops (2.4)
 * @param maxForeignShare          the share of characters that may be non-Hebrew junk (0.5)
 * @param extraLatinWords          words in Latin letters to accept, beyond the shipped list
 * @param minWordLogProbability    mean log10 letter probability below which a Hebrew word is implausible (−1.65)
 * @param maxImplausibleShare      the share of Hebrew letters implausible words may hold (0.5)
 * @param segmentConfidence        Whisper's per-segment thresholds
 * @param maxSuspectSegmentShare   the share of segment letters doubted segments may hold (0.5)
 * @param transcriptionPrompt      the prompt the transcriber is sent, whose echo over silence is no call
 *                                 (the shipped {@link Vocabulary#HEBREW_REAL_ESTATE}; empty for none)
 */
public record GibberishSettings(
        int minCharacters,
        double maxPhraseCoverage,
        List<String> extraPhrases,
        double maxRepeatedShare,
        double maxCompressionRatio,
        double maxForeignShare,
        Set<String> extraLatinWords,
        double minWordLogProbability,
        double maxImplausibleShare,
        SegmentConfidence segmentConfidence,
        double maxSuspectSegmentShare,
        String transcriptionPrompt) {

    /** Fewer letters and digits than this is too short. */
    public static final int DEFAULT_MIN_CHARACTERS = 3;
    /** The share of letters known hallucination phrases may cover. */
    public static final double DEFAULT_MAX_PHRASE_COVERAGE = 0.8;
    /** The share of words one repeated n-gram may fill. */
    public static final double DEFAULT_MAX_REPEATED_SHARE = 0.6;
    /** The gzip ratio of long text above which it loops. */
    public static final double DEFAULT_MAX_COMPRESSION_RATIO = 2.4;
    /** The share of characters that may be non-Hebrew junk. */
    public static final double DEFAULT_MAX_FOREIGN_SHARE = 0.5;
    /** The mean log10 letter probability below which a Hebrew word is implausible. */
    public static final double DEFAULT_MIN_WORD_LOG_PROBABILITY = -1.65;
    /** The share of Hebrew letters implausible words may hold. */
    public static final double DEFAULT_MAX_IMPLAUSIBLE_SHARE = 0.5;
    /** The share of segment letters doubted segments may hold. */
    public static final double DEFAULT_MAX_SUSPECT_SEGMENT_SHARE = 0.5;

    public GibberishSettings {
        extraPhrases = extraPhrases == null ? List.of() : List.copyOf(extraPhrases);
        extraLatinWords = extraLatinWords == null ? Set.of() : Set.copyOf(extraLatinWords);
        segmentConfidence = segmentConfidence == null ? SegmentConfidence.WHISPER : segmentConfidence;
        transcriptionPrompt = transcriptionPrompt == null ? "" : transcriptionPrompt.strip();
    }

    /** The defaults. */
    public static GibberishSettings defaults() {
        return new GibberishSettings(DEFAULT_MIN_CHARACTERS, DEFAULT_MAX_PHRASE_COVERAGE, List.of(),
                DEFAULT_MAX_REPEATED_SHARE, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_FOREIGN_SHARE, Set.of(),
                DEFAULT_MIN_WORD_LOG_PROBABILITY, DEFAULT_MAX_IMPLAUSIBLE_SHARE, SegmentConfidence.WHISPER,
                DEFAULT_MAX_SUSPECT_SEGMENT_SHARE, Vocabulary.HEBREW_REAL_ESTATE.prompt());
    }

    /** The same settings with the host's extra hallucination phrases. */
    public GibberishSettings withExtraPhrases(List<String> phrases) {
        return new GibberishSettings(minCharacters, maxPhraseCoverage, phrases, maxRepeatedShare, maxCompressionRatio,
                maxForeignShare, extraLatinWords, minWordLogProbability, maxImplausibleShare, segmentConfidence,
                maxSuspectSegmentShare, transcriptionPrompt);
    }

    /**
     * The same settings for a transcriber sent {@code prompt} ({@code callpipeline.openai.transcription-prompt});
     * empty or {@code null} when it is sent none.
     */
    public GibberishSettings withTranscriptionPrompt(String prompt) {
        return new GibberishSettings(minCharacters, maxPhraseCoverage, extraPhrases, maxRepeatedShare,
                maxCompressionRatio, maxForeignShare, extraLatinWords, minWordLogProbability, maxImplausibleShare,
                segmentConfidence, maxSuspectSegmentShare, prompt);
    }
}
