package io.callpipeline.springai;

import io.callpipeline.core.audio.TranscriptionInParts;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.core.transcription.Vocabulary;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.core.io.FileSystemResource;

/**
 * Speech to text through any Spring AI {@link TranscriptionModel}, in place of the OpenAI adapter:
 * the recording cut under the provider's upload limit ({@link TranscriptionInParts}), each part sent with the
 * language hint and the Hebrew vocabulary prompt as the provider's {@link TranscriptionDialect} says them, the
 * times read where the provider gives them, and a failure typed by {@link ProviderErrors}. As with our own
 * adapter, the prompt goes only with a language hint: without one (the second pass of a call in another
 * language) a Hebrew prompt would pull the text back into Hebrew.
 */
public final class SpringAiTranscriber implements Transcriber {

    /** OpenAI's documented 25 MB upload limit, less room for the multipart envelope; other providers take more. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 25L * 1000 * 1000 - 64 * 1024;

    private final TranscriptionModel model;
    private final String provider;
    private final String prompt;
    private final TranscriptionDialect dialect;
    private final TranscriptionInParts parts;

    private SpringAiTranscriber(Builder b) {
        this.model = b.model;
        this.provider = b.provider != null ? b.provider : SpringAiResponder.providerOf(b.model);
        this.prompt = b.prompt;
        this.dialect = b.dialect != null ? b.dialect : defaultDialect(b.model);
        this.parts = new TranscriptionInParts(b.maxUploadBytes, dialect.model());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How this transcriber speaks to its model. */
    public TranscriptionDialect dialect() {
        return dialect;
    }

    @Override
    public Transcript transcribe(TranscriptionRequest request) {
        return parts.transcribe(request, (part, language) -> {
            String hint = language != null && prompt != null && !prompt.isBlank() ? prompt : null;
            AudioTranscriptionResponse response;
            try {
                response = model.call(new AudioTranscriptionPrompt(new FileSystemResource(part.path()),
                        dialect.options(language, hint)));
            } catch (RuntimeException e) {
                throw ProviderErrors.translate(e, provider, "transcription");
            }
            return dialect.read(response);
        });
    }

    /**
     * The OpenAI dialect for Spring AI's OpenAI model (when that module and callpipeline-openai are there), else the
     * model's defaults.
     */
    static TranscriptionDialect defaultDialect(TranscriptionModel model) {
        if (model.getClass().getName().equals("org.springframework.ai.openai.OpenAiAudioTranscriptionModel")
                && ProviderErrors.present("io.callpipeline.openai.VerboseTranscription")) {
            return OpenAiTranscriptionDialect.of(model);
        }
        return TranscriptionDialect.textOnly();
    }

    /** {@link #model} is required; the rest have defaults. */
    public static final class Builder {
        private TranscriptionModel model;
        private String provider;
        private String prompt = Vocabulary.HEBREW_REAL_ESTATE.prompt();
        private TranscriptionDialect dialect;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;

        private Builder() {
        }

        /** The host's Spring AI transcription model, configured with its model, credentials and limits. */
        public Builder model(TranscriptionModel model) {
            this.model = model;
            return this;
        }

        /** How failures name the provider; defaults to the model class's name. */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        /** Defaults to {@link Vocabulary#HEBREW_REAL_ESTATE}'s prompt; {@code null} for none. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /**
         * How requests and answers are said for this provider; defaults to {@link OpenAiTranscriptionDialect} for
         * Spring AI's OpenAI model, {@link TranscriptionDialect#textOnly()} for any other.
         */
        public Builder dialect(TranscriptionDialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /** The largest file sent in one request; defaults to just under OpenAI's 25 MB. */
        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public SpringAiTranscriber build() {
            if (model == null) {
                throw new IllegalStateException("SpringAiTranscriber needs a Spring AI TranscriptionModel");
            }
            if (maxUploadBytes < 16 * 1024) {
                throw new IllegalStateException("maxUploadBytes must be at least 16384, got " + maxUploadBytes);
            }
            return new SpringAiTranscriber(this);
        }
    }
}
