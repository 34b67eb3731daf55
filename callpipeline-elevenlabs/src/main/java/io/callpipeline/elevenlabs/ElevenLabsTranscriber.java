package io.callpipeline.elevenlabs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.audio.AudioPart;
import io.callpipeline.core.audio.TranscriptionInParts;
import io.callpipeline.core.audio.TranscriptionInParts.Piece;
import io.callpipeline.core.http.ProviderFailures;
import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptionRequest;
import io.callpipeline.core.transcription.Vocabulary;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Speech to text through ElevenLabs' Scribe ({@code POST /v1/speech-to-text}), which transcribes Hebrew, takes
 * key terms (street and neighbourhood names) rather than a prompt, and splits a mono recording at speaker turns;
 * Spring AI 2.0.1 does not reach it. Asked for word times and diarization; the answer's words become the
 * transcript's words, and each run of words by one speaker a segment whose {@code avgLogprob} is the mean of its
 * words' {@code logprob} (the gibberish guard's low-confidence rule reads it as Whisper's). Audio events
 * ("(laughter)") are not asked for. Failures are typed by status ({@link ProviderFailures}); the HTTP client's
 * own retries are off, so nothing is sent twice behind the pipeline's back. ElevenLabs' speakers are anonymous
 * ({@code speaker_0}, {@code speaker_1}): which is the caller is not known, so segments carry no
 * {@link io.callpipeline.core.transcription.Speaker}; a dual-channel recording is still split by channel
 * before it gets here.
 */
public final class ElevenLabsTranscriber implements Transcriber, AutoCloseable {

    /** The batch transcription model. */
    public static final String DEFAULT_MODEL = "scribe_v2";

    /** ElevenLabs' API. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.elevenlabs.io");

    /** Under the documented 1 GB upload limit, with room for the multipart envelope. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 1_000L * 1000 * 1000 - 1024 * 1024;

    /** ElevenLabs' documented limits on key terms: how many, words in one, characters in one. */
    static final int MAX_TERMS = 100;
    static final int MAX_TERM_WORDS = 5;
    static final int MAX_TERM_CHARS = 50;

    private static final String PROVIDER = "elevenlabs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final List<String> keyterms;
    private final boolean diarize;
    private final CloseableHttpClient http;
    private final TranscriptionInParts parts;
    private final RequestInstrumentation requests;

    private ElevenLabsTranscriber(Builder b) {
        this.endpoint = b.baseUrl.resolve("/v1/speech-to-text");
        this.apiKey = b.apiKey;
        this.model = b.model;
        this.keyterms = List.copyOf(b.keyterms);
        this.diarize = b.diarize;
        this.http = HttpClients.custom()
                .disableAutomaticRetries() // a 429 or 503 is the pipeline's to wait for, not the client's to repeat
                .disableRedirectHandling()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(b.timeout.toMillis(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(b.timeout.toMillis(), TimeUnit.MILLISECONDS)).build())
                .build();
        this.parts = new TranscriptionInParts(b.maxUploadBytes, b.model);
        this.requests = b.requests;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Transcript transcribe(TranscriptionRequest request) {
        return parts.transcribe(request, this::transcribePart);
    }

    private Piece transcribePart(AudioPart part, String language) {
        MultipartEntityBuilder form = MultipartEntityBuilder.create()
                .setCharset(StandardCharsets.UTF_8)
                .addBinaryBody("file", part.path().toFile(), ContentType.create(part.contentType()),
                        part.path().getFileName().toString())
                .addTextBody("model_id", model, ContentType.TEXT_PLAIN)
                .addTextBody("timestamps_granularity", "word", ContentType.TEXT_PLAIN)
                .addTextBody("tag_audio_events", "false", ContentType.TEXT_PLAIN)
                .addTextBody("diarize", Boolean.toString(diarize), ContentType.TEXT_PLAIN);
        if (language != null) {
            form.addTextBody("language_code", language, ContentType.TEXT_PLAIN);
            // as with a Whisper prompt: Hebrew terms would pull a call in another language back into Hebrew
            keyterms.forEach(term -> form.addTextBody("keyterms", term,
                    ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        }
        HttpPost post = new HttpPost(endpoint);
        post.setHeader("xi-api-key", apiKey);
        post.setEntity(form.build());
        ProviderRequest sent = new ProviderRequest(PROVIDER, "speech-to-text", "POST", model);
        try (RequestInstrumentation.InFlight inFlight = requests.start(sent)) {
            return execute(post, sent);
        }
    }

    private Piece execute(HttpPost post, ProviderRequest sent) {
        try {
            return http.execute(post, response -> {
                sent.answered(response.getCode());
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(),
                        StandardCharsets.UTF_8);
                if (response.getCode() >= 300) {
                    throw ProviderFailures.byStatus(response.getCode(),
                            ProviderFailures.retryAfter(Arrays.stream(response.getHeaders("Retry-After"))
                                    .map(Header::getValue).toList()),
                            PROVIDER, "transcription", ElevenLabsAnswer.errorStatus(body), null);
                }
                JsonNode answer;
                try {
                    answer = JSON.readTree(body);
                } catch (JsonProcessingException unreadable) {
                    throw new TransientProcessingException(ReasonCode.PROVIDER_UNAVAILABLE,
                            "elevenlabs answered the transcription with JSON that cannot be read", unreadable);
                }
                return ElevenLabsAnswer.read(answer);
            });
        } catch (IOException e) {
            if (sent.status().isEmpty()) {
                sent.failed(e);
            }
            throw ProviderFailures.unreachable(PROVIDER, "transcription", e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** {@link #apiKey} is required; the rest have defaults. */
    public static final class Builder {
        private URI baseUrl = DEFAULT_BASE_URL;
        private String apiKey;
        private String model = DEFAULT_MODEL;
        private List<String> keyterms = Vocabulary.HEBREW_REAL_ESTATE.terms(MAX_TERMS, MAX_TERM_WORDS, MAX_TERM_CHARS);
        private boolean diarize = true;
        private Duration timeout = Duration.ofSeconds(300);
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private RequestInstrumentation requests = RequestInstrumentation.NONE;

        private Builder() {
        }

        /** Shown each request to ElevenLabs, e.g. to make each a span of its step; defaults to none. */
        public Builder requests(RequestInstrumentation requests) {
            this.requests = Objects.requireNonNull(requests, "requests");
            return this;
        }

        /** The key ElevenLabs issued ({@code xi-api-key}). */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Defaults to {@code https://api.elevenlabs.io}. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Defaults to {@value ElevenLabsTranscriber#DEFAULT_MODEL}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * The terms to bias towards, sent with a language hint only; defaults to the shipped Hebrew real-estate
         * vocabulary's terms ({@link Vocabulary#HEBREW_REAL_ESTATE}), empty for none. ElevenLabs may bill key terms
         * separately.
         */
        public Builder keyterms(List<String> keyterms) {
            this.keyterms = keyterms == null ? List.of() : keyterms;
            return this;
        }

        /** Whether segments are split at speaker turns; defaults to {@code true}. */
        public Builder diarize(boolean diarize) {
            this.diarize = diarize;
            return this;
        }

        /** How long one request may take; defaults to 300 s (Scribe runs at a fraction of real time). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The largest file sent in one request; defaults to just under 1 GB. */
        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public ElevenLabsTranscriber build() {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalStateException("ElevenLabsTranscriber needs an API key");
            }
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (model == null || model.isBlank()) {
                throw new IllegalStateException("ElevenLabsTranscriber needs a model");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalStateException("timeout must be positive, got " + timeout);
            }
            if (keyterms.size() > MAX_TERMS || keyterms.stream().anyMatch(term -> term.length() > MAX_TERM_CHARS
                    || term.strip().split("\\s+").length > MAX_TERM_WORDS)) {
                throw new IllegalStateException("ElevenLabs takes at most " + MAX_TERMS + " key terms of at most "
                        + MAX_TERM_WORDS + " words and " + MAX_TERM_CHARS + " characters each");
            }
            if (maxUploadBytes < 16 * 1024) {
                throw new IllegalStateException("maxUploadBytes must be at least 16384, got " + maxUploadBytes);
            }
            return new ElevenLabsTranscriber(this);
        }
    }
}
