package io.callpipeline.openai;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateResponse;
import com.openai.models.audio.transcriptions.TranscriptionVerbose;
import io.callpipeline.core.audio.AudioPart;
import io.callpipeline.core.audio.TranscriptionInParts;
import io.callpipeline.core.audio.TranscriptionInParts.Piece;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.core.transcription.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes through any OpenAI-compatible {@code /audio/transcriptions} endpoint with openai-java.
 *
 * <p>Whisper models are asked for {@code verbose_json}, which keeps each segment's times and
 * confidence for the gibberish guard; the {@code gpt-4o*-transcribe} models only answer
 * {@code json}. Audio over the upload limit (25 MB at OpenAI) is cut into pieces, transcribed one
 * by one, and the segments moved onto the whole recording's timeline.
 */
public final class OpenAiTranscriber implements Transcriber {

    /** The transcription model used when none is set. */
    public static final String DEFAULT_MODEL = "whisper-1";

    /**
     * The vocabulary sent with every request that carries a language hint, unless replaced: Hebrew
     * real-estate words and place names Whisper otherwise spells wrong ("ממ״ד", "ארנונה", cities).
     */
    public static final String DEFAULT_PROMPT = Vocabulary.HEBREW_REAL_ESTATE.prompt();

    /** OpenAI's documented upload limit, less room for the multipart envelope. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 25L * 1000 * 1000 - 64 * 1024;

    /** Room for several frames of any MP3 or WAV format: a smaller limit cannot be split into. */
    static final long MIN_UPLOAD_BYTES = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(OpenAiTranscriber.class);

    private final OpenAIClient client;
    private final String model;
    private final String prompt;
    private final long maxUploadBytes;
    private final boolean verbose;
    private final TranscriptionInParts parts;

    private OpenAiTranscriber(Builder b) {
        this.client = b.client;
        this.model = b.model;
        this.prompt = b.prompt;
        this.maxUploadBytes = b.maxUploadBytes;
        this.verbose = b.verboseJson != null ? b.verboseJson : !b.model.startsWith("gpt-4o");
        this.parts = new TranscriptionInParts(b.maxUploadBytes, b.model);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Transcript transcribe(TranscriptionRequest request) {
        return parts.transcribe(request, this::transcribePart);
    }

    private Piece transcribePart(AudioPart part, String language) {
        TranscriptionCreateParams.Builder params = TranscriptionCreateParams.builder()
                .file(part.path())
                .model(model)
                .temperature(0.0)
                .responseFormat(verbose ? AudioResponseFormat.VERBOSE_JSON : AudioResponseFormat.JSON);
        if (language != null) {
            params.language(language);
        }
        if (verbose) {
            params.addTimestampGranularity(TranscriptionCreateParams.TimestampGranularity.SEGMENT);
            // the words' times say where a personal number was said, so the audio we keep is silent there
            params.addTimestampGranularity(TranscriptionCreateParams.TimestampGranularity.WORD);
        }
        if (language != null && prompt != null && !prompt.isBlank()) {
            params.prompt(prompt);
        }
        TranscriptionCreateResponse response;
        try {
            response = client.audio().transcriptions().create(params.build());
        } catch (OpenAIException e) {
            throw OpenAiErrors.translate(e, "transcription");
        }
        if (response.isVerbose()) {
            TranscriptionVerbose v = response.asVerbose();
            return new Piece(v.text(), VerboseTranscription.segments(v.segments().orElse(null)),
                    VerboseTranscription.words(v.words().orElse(null)), v._duration().asKnown().orElse(null));
        }
        return Piece.text(response.asTranscription().text());
    }

    /** {@link #client} is required; the rest have defaults. */
    public static final class Builder {
        private OpenAIClient client;
        private String model = DEFAULT_MODEL;
        private String prompt = DEFAULT_PROMPT;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private Boolean verboseJson;

        private Builder() {
        }

        /** The openai-java client, with the base URL, key, timeouts and retries of the host's choice. */
        public Builder client(OpenAIClient client) {
            this.client = client;
            return this;
        }

        /** Defaults to {@code whisper-1}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Text in the hinted language that steers spelling (names, streets, jargon); defaults to
         * {@link #DEFAULT_PROMPT}, {@code null} or blank for none. It is sent only with a language
         * hint: without one (the second pass of a call in another language) a Hebrew prompt would
         * pull the text back into Hebrew.
         */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The largest file sent in one request; defaults to just under 25 MB. */
        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        /**
         * Whether to ask for {@code verbose_json} (segments with confidence). Defaults to {@code true}
         * except for {@code gpt-4o*} models, which do not support it.
         */
        public Builder verboseJson(boolean verboseJson) {
            this.verboseJson = verboseJson;
            return this;
        }

        public OpenAiTranscriber build() {
            BuilderChecks.requireClientAndModel("OpenAiTranscriber", client, model);
            if (maxUploadBytes < MIN_UPLOAD_BYTES) {
                throw new IllegalStateException("maxUploadBytes must be at least " + MIN_UPLOAD_BYTES + ", got "
                        + maxUploadBytes);
            }
            return new OpenAiTranscriber(this);
        }
    }
}
