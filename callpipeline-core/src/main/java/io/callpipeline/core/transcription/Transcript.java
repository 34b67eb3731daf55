package io.callpipeline.core.transcription;

import io.callpipeline.core.language.IdentifiedLanguage;
import java.util.Collection;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.privacy.Redaction;
import java.util.List;
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
 */
public record Transcript(
        String language,
        String text,
        List<TranscriptSegment> segments,
        String model,
        Double durationSeconds,
        int passes) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        segments = segments == null ? List.of() : List.copyOf(segments);
        passes = Math.max(0, passes);
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
     * many of each kind were in the text.
     */
    public Redacted redacted(PiiRedactor redactor) {
        Redaction whole = redactor.redact(text);
        List<TranscriptSegment> clean = segments.stream()
                .map(segment -> segment.withText(redactor.redact(segment.text()).text())).toList();
        return new Redacted(new Transcript(language, whole.text(), clean, model, durationSeconds, passes),
                whole.counts());
    }

    /**
     * A transcript after redaction.
     *
     * @param transcript the redacted transcript
     * @param counts     what was taken out of its text, by kind
     */
    public record Redacted(Transcript transcript, java.util.Map<PiiKind, Integer> counts) {
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
        return new Transcript(language, text, segments, model, durationSeconds, passes);
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
        return new Transcript(language, keptText, kept, model, durationSeconds, passes);
    }

    /** The same text, counted as the result of {@code passes} transcriptions. */
    public Transcript afterPasses(int passes) {
        return new Transcript(language, text, segments, model, durationSeconds, passes);
    }
}
