package io.callpipeline.core.gibberish;

import io.callpipeline.core.transcription.TranscriptSegment;
import java.util.List;
import java.util.Optional;

/**
 * When the transcriber reported per-segment confidence, segments it itself doubts (see
 * {@link SegmentConfidence}) hold most of the transcript's words: the recording was silence or
 * noise. Words, not seconds, are weighed: the silence after a caller hangs up can be long and
 * doubted while the call before it was real.
 */
public final class LowConfidenceRule implements GibberishRule {

    public static final String CODE = "low_confidence";

    private final SegmentConfidence confidence;
    private final double maxSuspectShare;

    /**
     * @param confidence      what makes a segment suspect
     * @param maxSuspectShare the share of the segments' letters suspect segments may hold (default 0.5)
     */
    public LowConfidenceRule(SegmentConfidence confidence, double maxSuspectShare) {
        this.confidence = confidence;
        this.maxSuspectShare = maxSuspectShare;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<TranscriptSegment> segments = t.transcript().segments();
        double total = 0;
        double suspect = 0;
        for (TranscriptSegment segment : segments) {
            double length = segment.text().codePoints().filter(Character::isLetterOrDigit).count();
            total += length;
            if (confidence.isSuspect(segment)) {
                suspect += length;
            }
        }
        if (total == 0 || suspect / total < maxSuspectShare) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "רוב ההקלטה זוהתה כשקט או רעש (ביטחון נמוך בתמלול)"));
    }
}
