package io.callpipeline.core.transcription;

import java.util.List;
import java.util.Objects;

/**
 * The text of a call, stored as soon as it exists so a retry never pays for transcription twice.
 *
 * @param language        the language asked for (ISO-639-1, e.g. {@code he})
 * @param text            the full text
 * @param segments        timed segments, empty when the model gives none
 * @param model           the model that produced it, e.g. {@code whisper-1}
 * @param durationSeconds the audio's length as transcribed, or {@code null} when unknown
 */
public record Transcript(
        String language,
        String text,
        List<TranscriptSegment> segments,
        String model,
        Double durationSeconds) {

    public Transcript {
        Objects.requireNonNull(text, "text");
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
