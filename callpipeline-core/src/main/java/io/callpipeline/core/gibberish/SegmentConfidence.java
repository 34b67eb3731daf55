package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.TranscriptSegment;

/**
 * Whisper's own tests for a segment it should not have written: no speech likely and the words
 * unlikely ({@code no_speech_prob > 0.6} with {@code avg_logprob < −1.0}), or a looping text
 * ({@code compression_ratio} > 2.4). Segments without these figures are never suspect here.
 *
 * @param maxNoSpeechProb     above this, the segment probably held no speech (default 0.6)
 * @param minAvgLogprob       below this, the words are improbable (default −1.0)
 * @param maxCompressionRatio above this, the segment loops (default 2.4)
 */
public record SegmentConfidence(double maxNoSpeechProb, double minAvgLogprob, double maxCompressionRatio) {

    /** Whisper's thresholds. */
    public static final SegmentConfidence WHISPER = new SegmentConfidence(0.6, -1.0, 2.4);

    /** Whether the segment is likely invented. */
    public boolean isSuspect(TranscriptSegment segment) {
        boolean silent = segment.noSpeechProb() != null && segment.noSpeechProb() > maxNoSpeechProb
                && segment.avgLogprob() != null && segment.avgLogprob() < minAvgLogprob;
        boolean looping = segment.compressionRatio() != null && segment.compressionRatio() > maxCompressionRatio;
        return silent || looping;
    }

    /** Whether the segment probably held no speech, whatever its words. */
    public boolean isProbablySilent(TranscriptSegment segment) {
        return segment.noSpeechProb() != null && segment.noSpeechProb() > maxNoSpeechProb;
    }
}
