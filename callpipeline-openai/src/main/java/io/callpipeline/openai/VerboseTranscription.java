package io.callpipeline.openai;

import com.openai.core.JsonField;
import com.openai.models.audio.transcriptions.TranscriptionSegment;
import com.openai.models.audio.transcriptions.TranscriptionWord;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.core.transcription.TranscriptWord;
import java.util.List;

/**
 * Whisper's {@code verbose_json} segments and words as the pipeline keeps them: times, and the confidence
 * figures the gibberish guard reads. Shared by the OpenAI adapter and Spring AI's OpenAI module (which hands
 * over the same openai-java types), so a call transcribed either way is judged on the same figures.
 */
public final class VerboseTranscription {

    private VerboseTranscription() {
    }

    public static List<TranscriptSegment> segments(List<TranscriptionSegment> segments) {
        return segments == null ? List.of() : segments.stream().map(VerboseTranscription::segment).toList();
    }

    public static List<TranscriptWord> words(List<TranscriptionWord> words) {
        return words == null ? List.of() : words.stream()
                .map(w -> new TranscriptWord(w._word().asKnown().orElse(""), w._start().asKnown().orElse(0.0),
                        w._end().asKnown().orElse(0.0)))
                .toList();
    }

    private static TranscriptSegment segment(TranscriptionSegment s) {
        return new TranscriptSegment(
                s._start().asKnown().orElse(0.0),
                s._end().asKnown().orElse(0.0),
                s._text().asKnown().orElse(""),
                number(s._avgLogprob()),
                number(s._noSpeechProb()),
                number(s._compressionRatio()));
    }

    private static Double number(JsonField<Float> field) {
        return field.asKnown().map(VerboseTranscription::decimal).orElse(null);
    }

    /** The SDK reads these numbers as floats; keep the decimal the server sent (3.2, not 3.2000000477). */
    private static double decimal(Float value) {
        return Double.parseDouble(Float.toString(value));
    }
}
