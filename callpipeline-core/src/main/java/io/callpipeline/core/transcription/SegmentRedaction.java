package io.callpipeline.core.transcription;

import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.privacy.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes personal numbers out of a transcript's segments read as one text, so a number Whisper cut
 * between two segments ("ת״ז 1234" | "56782") is found whole and taken out of both: the label stands
 * where the number starts, and the rest of it is removed from the segments it ran into. A redactor
 * that does not say where its findings were is applied to each segment on its own instead.
 */
final class SegmentRedaction {

    private SegmentRedaction() {
    }

    /**
     * The segments redacted, and what was found in them.
     *
     * @param counts by kind, as in the segments read as one text
     */
    record Result(List<TranscriptSegment> segments, Map<PiiKind, Integer> counts) {
    }

    static Result redact(List<TranscriptSegment> segments, PiiRedactor redactor) {
        if (segments.isEmpty()) {
            return new Result(segments, Map.of());
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            starts[i] = joined.length();
            joined.append(segments.get(i).text()).append(' ');
        }
        Redaction whole = redactor.redact(joined.toString());
        if (whole.found().isEmpty()) {
            return new Result(whole.total() == 0 ? segments
                    : segments.stream().map(s -> s.withText(redactor.redact(s.text()).text())).toList(), whole.counts());
        }
        List<TranscriptSegment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            TranscriptSegment segment = segments.get(i);
            int from = starts[i];
            int to = from + segment.text().length();
            StringBuilder text = new StringBuilder();
            int at = from;
            for (Redaction.Found found : whole.found()) {
                if (found.end() <= from || found.start() >= to) {
                    continue;
                }
                int cutFrom = Math.max(found.start(), from);
                text.append(joined, at, cutFrom);
                if (found.start() >= from) {
                    text.append(found.kind().label()); // where the number starts; the rest of it goes
                }
                at = Math.min(found.end(), to);
            }
            text.append(joined, at, to);
            out.add(segment.withText(text.toString()));
        }
        return new Result(List.copyOf(out), whole.counts());
    }
}
