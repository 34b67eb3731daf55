package io.callpipeline.core.transcription;

import io.callpipeline.core.language.IdentifiedLanguage;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.privacy.Redaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The text of a call, stored as soon as it exists so a retry never pays for transcription twice.
 *
 * @param language        the language the text is in (ISO 639-1, e.g. {@code he}, {@code ru}) once the
 *                        pipeline has identified it; until then the one asked of the transcriber
 *                        ({@code null} when it was left to detect it); {@code und} for text that
 *                        shows no language
 * @param text            the full text
 * @param segments        timed segments, empty when the model gives none
 * @param model           the model that produced it, e.g. {@code whisper-1}
 * @param durationSeconds the audio's length as transcribed, or {@code null} when unknown
 * @param passes          how many transcriptions were paid for: 2 when the first, made with the
 *                        Hebrew hint, read as non-words and the audio was transcribed again without it;
 *                        0 when the audio held no speech and was never sent ({@link #unheard})
 * @param redactions      how many personal numbers of each kind were taken out of the text (never
 *                        the values), so a privacy officer can see what calls carry without reading them
 * @param words           each word with its times, as the transcriber gave them; only until the
 *                        transcript is redacted, which drops them (they hold what was said)
 * @param silenced        where the words of personal numbers were said: the stretches the audio we
 *                        keep is silent in (empty when none, or when the transcriber gave no word times)
 */
public record Transcript(
        String language,
        String text,
        List<TranscriptSegment> segments,
        String model,
        Double durationSeconds,
        int passes,
        Map<PiiKind, Integer> redactions,
        List<TranscriptWord> words,
        List<TimeSpan> silenced) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        segments = segments == null ? List.of() : List.copyOf(segments);
        passes = Math.max(0, passes);
        redactions = redactions == null || redactions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(redactions));
        words = words == null ? List.of() : List.copyOf(words);
        silenced = silenced == null ? List.of() : List.copyOf(silenced);
    }

    /** A transcript with its redaction counts, without word times. */
    public Transcript(String language, String text, List<TranscriptSegment> segments, String model,
            Double durationSeconds, int passes, Map<PiiKind, Integer> redactions) {
        this(language, text, segments, model, durationSeconds, passes, redactions, List.of(), List.of());
    }

    /** A transcript of {@code passes} transcriptions, nothing redacted yet. */
    public Transcript(String language, String text, List<TranscriptSegment> segments, String model,
            Double durationSeconds, int passes) {
        this(language, text, segments, model, durationSeconds, passes, Map.of(), List.of(), List.of());
    }

    /** A transcript from one transcription. */
    public Transcript(String language, String text, List<TranscriptSegment> segments, String model,
            Double durationSeconds) {
        this(language, text, segments, model, durationSeconds, 1);
    }

    /**
     * The transcript of a recording measured to hold no speech and so never sent to a transcriber:
     * no text, no model, no payment.
     */
    public static Transcript unheard(Double durationSeconds) {
        return new Transcript(IdentifiedLanguage.UNDETERMINED, "", List.of(), null, durationSeconds, 0);
    }

    /**
     * The same transcript with personal numbers taken out of its text and of each segment, and how
     * many of each kind were in the text (added to {@link #redactions}).
     */
    public Redacted redacted(PiiRedactor redactor) {
        Redaction whole = redactor.redact(text);
        SegmentRedaction.Result clean = SegmentRedaction.redact(segments, redactor);
        // the text and the segments say the same words: each kind counted once, as the fuller of the two found it
        Map<PiiKind, Integer> found = new EnumMap<>(PiiKind.class);
        found.putAll(whole.counts());
        clean.counts().forEach((kind, count) -> found.merge(kind, count, Math::max));
        Map<PiiKind, Integer> all = new EnumMap<>(PiiKind.class);
        all.putAll(redactions);
        found.forEach((kind, count) -> all.merge(kind, count, Integer::sum));
        List<TimeSpan> spans = new ArrayList<>(silenced);
        spans.addAll(SpokenSpans.of(words, redactor));
        return new Redacted(new Transcript(language, whole.text(), clean.segments(), model, durationSeconds, passes, all,
                List.of(), SpokenSpans.merged(spans)), Map.copyOf(found));
    }

    /** The same transcript with the transcriber's word times (until it is redacted). */
    public Transcript withWords(List<TranscriptWord> words) {
        return new Transcript(language, text, segments, model, durationSeconds, passes, redactions, words, silenced);
    }

    /**
     * A transcript after redaction.
     *
     * @param transcript the redacted transcript
     * @param counts     what this redaction took out of its text, by kind
     */
    public record Redacted(Transcript transcript, Map<PiiKind, Integer> counts) {
    }

    /** How many personal numbers were taken out, of all kinds. */
    public int redactedCount() {
        return redactions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the audio was transcribed at all (see {@link #unheard}). */
    public boolean transcribed() {
        return passes > 0;
    }

    /** Whether the segments say who spoke (a dual-channel recording transcribed side by side). */
    public boolean dialogue() {
        return segments.stream().anyMatch(s -> s.speaker() != null);
    }

    /**
     * What the caller said: in a dialogue the caller's segments only (the agent speaks Hebrew
     * whatever the caller's language), else the whole text.
     */
    public String callerText() {
        if (!dialogue()) {
            return text;
        }
        return segments.stream().filter(s -> s.speaker() == Speaker.CALLER).map(s -> s.text().strip())
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The same text, known to be in {@code language}. */
    public Transcript inLanguage(String language) {
        return new Transcript(language, text, segments, model, durationSeconds, passes, redactions, words, silenced);
    }

    /**
     * The transcript without the segments at {@code indexes} (e.g. those judged invented), its text
     * rebuilt from the segments left; the same transcript when there is nothing to leave out.
     */
    public Transcript withoutSegments(Collection<Integer> indexes) {
        if (indexes == null || indexes.isEmpty() || segments.isEmpty()) {
            return this;
        }
        Set<Integer> left = Set.copyOf(indexes);
        List<TranscriptSegment> kept = IntStream.range(0, segments.size()).filter(i -> !left.contains(i))
                .mapToObj(segments::get).toList();
        String keptText = kept.stream().map(s -> s.text().strip()).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
        return new Transcript(language, keptText, kept, model, durationSeconds, passes, redactions, words, silenced);
    }

    /** The same text, counted as the result of {@code passes} transcriptions. */
    public Transcript afterPasses(int passes) {
        return new Transcript(language, text, segments, model, durationSeconds, passes, redactions, words, silenced);
    }
}
