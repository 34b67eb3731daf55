package io.callpipeline.core.transcription;

import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.privacy.Redaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where in the audio the personal numbers were said: the transcriber's words are read as one text by
 * the same redactor as the transcript, and each finding's words give a stretch of time. The words,
 * not the transcript's text, are what is read, since only they carry times; a redactor that does not
 * say where its findings were gets every word that holds a digit silenced instead, never nothing.
 */
final class SpokenSpans {

    private SpokenSpans() {
    }

    static List<TimeSpan> of(List<TranscriptWord> words, PiiRedactor redactor) {
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            starts[i] = joined.length();
            joined.append(words.get(i).text().strip());
            ends[i] = joined.length();
            joined.append(' ');
        }
        Redaction redaction = redactor.redact(joined.toString());
        List<TimeSpan> spans = new ArrayList<>();
        if (redaction.found().isEmpty() && redaction.total() > 0) {
            for (TranscriptWord word : words) {
                if (word.text().codePoints().anyMatch(Character::isDigit)) {
                    spans.add(span(word, word));
                }
            }
            return merged(spans);
        }
        for (Redaction.Found found : redaction.found()) {
            TranscriptWord first = null;
            TranscriptWord last = null;
            for (int i = 0; i < words.size(); i++) {
                if (starts[i] < found.end() && found.start() < ends[i]) {
                    first = first == null ? words.get(i) : first;
                    last = words.get(i);
                }
            }
            if (first != null) {
                spans.add(span(first, last));
            }
        }
        return merged(spans);
    }

    private static TimeSpan span(TranscriptWord first, TranscriptWord last) {
        double start = Math.max(0, Math.min(first.start(), last.start()));
        return new TimeSpan(start, Math.max(start, Math.max(first.end(), last.end())));
    }

    /** The spans in order, those that overlap or touch joined into one. */
    static List<TimeSpan> merged(List<TimeSpan> spans) {
        List<TimeSpan> sorted = spans.stream().sorted(Comparator.comparingDouble(TimeSpan::start)).toList();
        List<TimeSpan> out = new ArrayList<>();
        for (TimeSpan span : sorted) {
            TimeSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span.start() <= last.end()) {
                out.set(out.size() - 1, new TimeSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return List.copyOf(out);
    }
}
