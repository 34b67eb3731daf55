package io.callpipeline.core.transcription;

/**
 * One timed stretch of a transcript. The player seeks to {@code startSeconds}; the confidence
 * figures, when the transcriber gives them (Whisper's {@code verbose_json}), let the gibberish guard
 * spot text invented over silence.
 *
 * @param startSeconds     start, from the beginning of the whole recording
 * @param endSeconds       end, from the beginning of the whole recording
 * @param text             the words
 * @param avgLogprob       mean token log-probability, or {@code null} when not given
 * @param noSpeechProb     probability the stretch held no speech, or {@code null}
 * @param compressionRatio gzip compression ratio of the text (high means loops), or {@code null}
 * @param speaker          who said it, in a dual-channel recording; {@code null} in a mono one
 */
public record TranscriptSegment(
        double startSeconds,
        double endSeconds,
        String text,
        Double avgLogprob,
        Double noSpeechProb,
        Double compressionRatio,
        Speaker speaker) {

    /** A segment of a mono recording: nobody in particular said it. */
    public TranscriptSegment(double startSeconds, double endSeconds, String text, Double avgLogprob,
            Double noSpeechProb, Double compressionRatio) {
        this(startSeconds, endSeconds, text, avgLogprob, noSpeechProb, compressionRatio, null);
    }

    /** A segment without confidence figures, as the {@code gpt-4o*-transcribe} models give none. */
    public static TranscriptSegment of(double startSeconds, double endSeconds, String text) {
        return new TranscriptSegment(startSeconds, endSeconds, text, null, null, null);
    }

    /** The same segment, saying {@code newText} (its personal numbers taken out, say). */
    public TranscriptSegment withText(String newText) {
        return new TranscriptSegment(startSeconds, endSeconds, newText, avgLogprob, noSpeechProb, compressionRatio,
                speaker);
    }

    /** The same segment moved later by {@code offsetSeconds}, for audio transcribed in parts. */
    public TranscriptSegment shiftedBy(double offsetSeconds) {
        return new TranscriptSegment(startSeconds + offsetSeconds, endSeconds + offsetSeconds, text,
                avgLogprob, noSpeechProb, compressionRatio, speaker);
    }

    /** The same segment, said by {@code speaker}. */
    public TranscriptSegment spokenBy(Speaker speaker) {
        return new TranscriptSegment(startSeconds, endSeconds, text, avgLogprob, noSpeechProb, compressionRatio,
                speaker);
    }
}
