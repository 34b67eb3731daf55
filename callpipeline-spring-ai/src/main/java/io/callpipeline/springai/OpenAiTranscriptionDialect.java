package io.callpipeline.springai;

import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionSegment;
import io.callpipeline.core.audio.TranscriptionInParts.Piece;
import io.callpipeline.openai.VerboseTranscription;
import java.util.List;
import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.ai.openai.metadata.OpenAiAudioTranscriptionResponseMetadata;

/**
 * Spring AI's OpenAI transcription model (OpenAI, Azure OpenAI deployments, OpenAI-compatible Whisper servers)
 * asked as our own OpenAI adapter asks: temperature 0, the language hint, the prompt, and for Whisper models
 * {@code verbose_json} with segment and word times, whose confidence figures the gibberish guard reads. Each
 * request starts from the model's own options (its model or deployment, timeout, retries), since Spring AI
 * replaces rather than merges those a request leaves out.
 */
public final class OpenAiTranscriptionDialect implements TranscriptionDialect {

    private final OpenAiAudioTranscriptionOptions defaults;
    private final boolean verbose;

    public OpenAiTranscriptionDialect(OpenAiAudioTranscriptionModel model) {
        this.defaults = model.getOptions();
        String name = defaults.getModel() == null ? "" : defaults.getModel();
        this.verbose = !name.startsWith("gpt-4o");
    }

    /** The dialect of {@code model}, which must be Spring AI's {@link OpenAiAudioTranscriptionModel}. */
    static OpenAiTranscriptionDialect of(org.springframework.ai.audio.transcription.TranscriptionModel model) {
        return new OpenAiTranscriptionDialect((OpenAiAudioTranscriptionModel) model);
    }

    @Override
    public AudioTranscriptionOptions options(String language, String prompt) {
        OpenAiAudioTranscriptionOptions.Builder options = OpenAiAudioTranscriptionOptions.builder().from(defaults)
                .temperature(0f).language(language).prompt(prompt)
                .responseFormat(verbose ? AudioResponseFormat.VERBOSE_JSON : AudioResponseFormat.JSON);
        if (verbose) {
            options.timestampGranularities(List.of(TranscriptionCreateParams.TimestampGranularity.SEGMENT,
                    TranscriptionCreateParams.TimestampGranularity.WORD));
        }
        return options.build();
    }

    @Override
    public String model() {
        return defaults.getDeploymentName() != null ? defaults.getDeploymentName() : defaults.getModel();
    }

    @Override
    public Piece read(AudioTranscriptionResponse response) {
        Piece text = TranscriptionDialect.super.read(response);
        if (!(response.getMetadata() instanceof OpenAiAudioTranscriptionResponseMetadata metadata)) {
            return text;
        }
        List<TranscriptionSegment> segments = metadata.getSegments() == null ? List.of()
                : metadata.getSegments().stream().filter(TranscriptionSegment.class::isInstance)
                        .map(TranscriptionSegment.class::cast).toList();
        return new Piece(text.text(), VerboseTranscription.segments(segments),
                VerboseTranscription.words(metadata.getWords()), metadata.getDuration());
    }
}
