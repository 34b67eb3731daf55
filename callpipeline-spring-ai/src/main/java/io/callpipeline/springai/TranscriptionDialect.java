package io.callpipeline.springai;

import io.callpipeline.core.audio.TranscriptionInParts.Piece;
import org.springframework.ai.audio.transcription.AudioTranscription;
import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;

/**
 * What Spring AI's provider-neutral {@code TranscriptionModel} cannot say for us: its options carry only a
 * model name, and its response only text. The language hint, the vocabulary prompt and the segment times
 * are each provider's own options and metadata, so each provider needs a dialect. callpipeline-spring-ai
 * ships {@link OpenAiTranscriptionDialect} (OpenAI, Azure OpenAI, any OpenAI-compatible Whisper server); a
 * host with another provider's model implements this for it, or takes {@link #textOnly()} and loses the hint
 * and the times.
 */
public interface TranscriptionDialect {

    /**
     * The options of one request.
     *
     * @param language the language hint ({@code he}), or {@code null} to let the model detect it
     * @param prompt   the vocabulary to steer spelling, or {@code null} for none
     * @return options for the model, or {@code null} for the model's own defaults
     */
    AudioTranscriptionOptions options(String language, String prompt);

    /** The model named on the transcript. */
    String model();

    /** What the answer said: by default its text alone, without times. */
    default Piece read(AudioTranscriptionResponse response) {
        AudioTranscription result = response == null ? null : response.getResult();
        return Piece.text(result == null ? "" : result.getOutput());
    }

    /** The model's own defaults: no language hint, no prompt, text only. */
    static TranscriptionDialect textOnly() {
        return new TranscriptionDialect() {
            @Override
            public AudioTranscriptionOptions options(String language, String prompt) {
                return null;
            }

            @Override
            public String model() {
                return "unknown";
            }
        };
    }
}
