package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.audio.AudioSettings;
import io.callpipeline.core.twilio.TwilioSid;
import io.callpipeline.core.gibberish.GibberishSettings;
import io.callpipeline.core.gibberish.SegmentConfidence;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.core.transcription.Vocabulary;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.twilio.MediaDownloadSettings;
import io.callpipeline.core.twilio.MediaFormat;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.spring.processing.InstanceName;
import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.webhook.ConnectionOverrides;
import io.callpipeline.spring.webhook.VoiceAnswer;
import io.callpipeline.spring.webhook.WebhookPaths;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything a host sets under {@code callpipeline.*}, one record per concern, each default in one
 * place. Credentials have no default: start-up fails naming the missing property unless the host
 * replaced the bean that needed it.
 *
 * @param enabled    whether the starter configures anything at all
 * @param twilio     the Twilio account and recording download
 * @param openai     the OpenAI-compatible transcription and chat endpoints
 * @param webhook    the recording callback endpoint
 * @param processing background processing of accepted callbacks
 * @param voice      the TwiML answered to inbound calls
 * @param audio      what is done with a recording's audio before it is transcribed
 * @param gibberish  the Hebrew gibberish guard's thresholds
 * @param reconciliation finding recordings whose callback never came
 */
@ConfigurationProperties("callpipeline")
public record CallPipelineProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Twilio twilio,
        @DefaultValue OpenAi openai,
        @DefaultValue Webhook webhook,
        @DefaultValue Processing processing,
        @DefaultValue Voice voice,
        @DefaultValue Audio audio,
        @DefaultValue Gibberish gibberish,
        @DefaultValue Reconciliation reconciliation) {

    /**
     * The Twilio account.
     *
     * @param accountSid             the account SID, {@code AC…}; required
     * @param authToken              the auth token; required to check webhook signatures, and for the
     *                               REST API unless an API key is set
     * @param apiKeySid              an API key SID ({@code SK…}) to use for the REST API instead of the auth token
     * @param apiKeySecret           the API key's secret
     * @param baseUrl                Twilio's REST API; change only for tests or a sandbox
     * @param maxRecordingSize       the largest recording downloaded
     * @param mediaNotFoundRetries   how often a 404 on media (it can lag the callback) is retried
     * @param mediaNotFoundDelay     the wait before the first such retry, doubled each time
     * @param mediaConnectTimeout    the TCP connect timeout of a media download
     * @param mediaResponseTimeout   the time a media download may wait for the response headers, and then
     *                               for more bytes while they flow (a stalled body ends as a timeout)
     * @param accounts               other accounts whose calls are this app's too (an agency's
     *                               subaccount), by account SID: each signs its webhooks with its own
     *                               auth token, and its recordings are read with it
     */
    public record Twilio(
            String accountSid,
            String authToken,
            String apiKeySid,
            String apiKeySecret,
            @DefaultValue(TwilioRecordingSource.DEFAULT_BASE_URL) URI baseUrl,
            @DefaultValue(MediaDownloadSettings.DEFAULT_MAX_SIZE) DataSize maxRecordingSize,
            @DefaultValue("" + MediaDownloadSettings.DEFAULT_NOT_FOUND_RETRIES) int mediaNotFoundRetries,
            @DefaultValue(MediaDownloadSettings.DEFAULT_NOT_FOUND_DELAY) Duration mediaNotFoundDelay,
            @DefaultValue(MediaDownloadSettings.DEFAULT_CONNECT_TIMEOUT) Duration mediaConnectTimeout,
            @DefaultValue(MediaDownloadSettings.DEFAULT_RESPONSE_TIMEOUT) Duration mediaResponseTimeout,
            @DefaultValue Map<String, Account> accounts) {

        public Twilio {
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
            accounts.forEach((sid, account) -> {
                if (!TwilioSid.ACCOUNT.matches(sid)) {
                    throw new IllegalArgumentException("callpipeline.twilio.accounts." + sid
                            + ": the key is an account SID, 'AC' followed by 32 hex characters");
                }
                if (blank(account.authToken())) {
                    throw new IllegalArgumentException("callpipeline.twilio.accounts." + sid
                            + ".auth-token is not set: Twilio signs that account's webhooks with it");
                }
            });
        }

        /** Whether the REST API is called with an API key rather than the auth token. */
        public boolean usesApiKey() {
            return !blank(apiKeySid);
        }

        /**
         * The one rule for Twilio's credentials: the account SID, and either an API key with its
         * secret or the auth token.
         *
         * @return the first property still missing, or {@code null} when they are complete
         */
        public String missingCredential() {
            if (blank(accountSid)) {
                return "callpipeline.twilio.account-sid";
            }
            if (usesApiKey()) {
                return blank(apiKeySecret) ? "callpipeline.twilio.api-key-secret" : null;
            }
            return blank(authToken) ? "callpipeline.twilio.auth-token" : null;
        }

        /** Without the auth token and the API key's secret: properties get logged and printed in error reports. */
        @Override
        public String toString() {
            return "Twilio[accountSid=" + accountSid + ", authToken=" + masked(authToken) + ", apiKeySid=" + apiKeySid
                    + ", apiKeySecret=" + masked(apiKeySecret) + ", baseUrl=" + baseUrl + ", maxRecordingSize="
                    + maxRecordingSize + ", mediaNotFoundRetries=" + mediaNotFoundRetries + ", mediaNotFoundDelay="
                    + mediaNotFoundDelay + ", mediaConnectTimeout=" + mediaConnectTimeout + ", mediaResponseTimeout="
                    + mediaResponseTimeout + ", accounts=" + accounts + "]";
        }
    }

    /**
     * Another Twilio account of this app's.
     *
     * @param authToken    its auth token: checks its webhooks' signatures, and reads its recordings
     *                     unless an API key is set
     * @param apiKeySid    an API key of that account ({@code SK…}) for its REST API instead
     * @param apiKeySecret the API key's secret
     */
    public record Account(String authToken, String apiKeySid, String apiKeySecret) {

        /** Without the secrets. */
        @Override
        public String toString() {
            return "Account[authToken=" + masked(authToken) + ", apiKeySid=" + apiKeySid + ", apiKeySecret="
                    + masked(apiKeySecret) + "]";
        }
    }

    /** A secret as it may be printed: whether it is set, never its value. */
    static String masked(String secret) {
        return blank(secret) ? "(not set)" : "******";
    }

    /**
     * The OpenAI-compatible endpoints (OpenAI, Azure OpenAI, or a self-hosted Whisper server).
     *
     * @param apiKey              the API key; required
     * @param baseUrl             the API's base URL
     * @param transcriptionModel  the speech-to-text model
     * @param chatModel           the model writing the response; must support structured outputs
     * @param language            the calls' language (ISO-639-1)
     * @param timeout             the time allowed for one request
     * @param maxRetries          openai-java's own retries of 408/409/429/5xx before a step fails
     * @param transcriptionPrompt text steering the transcriber's spelling, sent with the Hebrew-hinted
     *                            requests; unset for the shipped Hebrew real-estate vocabulary
     *                            ({@code OpenAiTranscriber.DEFAULT_PROMPT}), set empty for none; the guard
     *                            judges its echo, which Whisper writes over silence, no call ({@code prompt_echo})
     * @param systemPrompt        the chat model's instructions; empty for the shipped Hebrew prompt
     * @param historyTokenBudget  how much of a known caller's earlier calls (summaries, confirmed details;
     *                            newest first) the chat prompt carries, in estimated tokens; 0 for none
     */
    public record OpenAi(
            String apiKey,
            @DefaultValue("https://api.openai.com/v1") String baseUrl,
            @DefaultValue(OpenAiTranscriber.DEFAULT_MODEL) String transcriptionModel,
            @DefaultValue(OpenAiResponder.DEFAULT_MODEL) String chatModel,
            @DefaultValue(CallRecordingPipeline.DEFAULT_LANGUAGE) String language,
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("2") int maxRetries,
            String transcriptionPrompt,
            String systemPrompt,
            @DefaultValue("1500") int historyTokenBudget) {

        /** @return the prompt to send: the shipped vocabulary when unset, none when set empty */
        public String transcriptionPromptToSend() {
            return transcriptionPrompt == null ? Vocabulary.HEBREW_REAL_ESTATE.prompt() : transcriptionPrompt;
        }

        /** @return {@code callpipeline.openai.api-key} when it is missing, else {@code null} */
        public String missingCredential() {
            return blank(apiKey) ? "callpipeline.openai.api-key" : null;
        }

        /** Without the API key: properties get logged and printed in error reports. */
        @Override
        public String toString() {
            return "OpenAi[apiKey=" + masked(apiKey) + ", baseUrl=" + baseUrl + ", transcriptionModel="
                    + transcriptionModel + ", chatModel=" + chatModel + ", language=" + language + ", timeout=" + timeout
                    + ", maxRetries=" + maxRetries + ", transcriptionPrompt=" + transcriptionPrompt + ", systemPrompt="
                    + systemPrompt + ", historyTokenBudget=" + historyTokenBudget + "]";
        }
    }

    /**
     * The recording status callback endpoint.
     *
     * @param path                  where Twilio posts recording callbacks
     * @param publicBaseUrl         the app's URL as Twilio sees it (e.g. {@code https://crm.example.com}),
     *                              used to check signatures behind a proxy; empty to use the request's own URL
     * @param trustForwardedHeaders whether to build that URL from {@code X-Forwarded-Proto/Host/Port}
     *                              when no public base URL is set; only behind a proxy that sets them
     * @param validateSignature     whether {@code X-Twilio-Signature} is checked; turn off only for local tests
     * @param maxBodySize           larger callbacks are refused with 413
     * @param storeTimeout          the longest a callback may take to store before it is answered
     *                              503 (Twilio gives up at 15 s; a retry then finds it)
     * @param storeThreads          callbacks stored at once; 16 times as many may wait (each at most
     *                              store-timeout), the rest get 503
     * @param connectionOverrides   Twilio's webhook connection overrides, written as the fragment of
     *                              the recording callback URL in the voice TwiML so Twilio retries
     *                              on timeouts and errors; empty for none
     * @param securityFilterChain   whether, in an app with Spring Security, the starter adds its own
     *                              {@code SecurityFilterChain} for the two webhook paths only (no
     *                              login, no session, no CSRF: Twilio's signature is their
     *                              authentication); off when the host's security lets Twilio in itself
     */
    public record Webhook(
            @DefaultValue(WebhookPaths.RECORDING) String path,
            URI publicBaseUrl,
            @DefaultValue("false") boolean trustForwardedHeaders,
            @DefaultValue("true") boolean validateSignature,
            @DefaultValue("64KB") DataSize maxBodySize,
            @DefaultValue("4s") Duration storeTimeout,
            @DefaultValue("16") int storeThreads,
            @DefaultValue("ct=3000&rt=6000&tt=15000&rc=2&rp=all") String connectionOverrides,
            @DefaultValue("true") boolean securityFilterChain) {

        public Webhook {
            positive(storeTimeout, "callpipeline.webhook.store-timeout");
            atLeast(storeThreads, 1, "callpipeline.webhook.store-threads");
            connectionOverrides = ConnectionOverrides.check(connectionOverrides);
        }
    }

    /**
     * What is done with a recording's audio before anyone is paid to transcribe it.
     *
     * @param format        the file downloaded from Twilio for processing: {@code wav} (speech is
     *                      measured and a dual-channel call split; 16 kB a second a channel) or
     *                      {@code mp3} (a quarter of the bytes, but every recording is transcribed as
     *                      one mixed track, silent or not); the agent's player streams the MP3 either way
     * @param minSpeech     a WAV recording with less speech than this on every channel ends as
     *                      {@code no_speech_audio} with no transcription request; {@code 0} to send all
     * @param splitChannels whether a dual-channel WAV (caller and agent on their own channels) is
     *                      transcribed side by side as a dialogue, which bills both channels' minutes
     */
    public record Audio(
            @DefaultValue("wav") MediaFormat format,
            @DefaultValue(AudioSettings.DEFAULT_MIN_SPEECH) Duration minSpeech,
            @DefaultValue("true") boolean splitChannels) {

        public Audio {
            if (minSpeech.isNegative()) {
                throw new IllegalArgumentException("callpipeline.audio.min-speech must not be negative: " + minSpeech);
            }
        }

        /** The pipeline's settings these properties make. */
        public AudioSettings settings() {
            return new AudioSettings(minSpeech, splitChannels);
        }
    }

    /**
     * Background processing with db-scheduler on the app's own database.
     *
     * @param concurrency        recordings processed at once on this instance when
     *                           {@code adaptive-concurrency} is off
     * @param adaptiveConcurrency whether the number processed at once adapts to the providers: it
     *                           grows while calls end without a 429, {@code Retry-After} or an
     *                           exhausted OpenAI rate-limit header, and shrinks by a quarter when
     *                           calls meet one
     * @param minConcurrency     the adaptive number's floor, and what processing keeps to for 2 s after a
     *                           callback last waited (for a storing thread, or over 50 ms in all)
     * @param initialConcurrency where the adaptive number starts
     * @param maxConcurrency     the adaptive number's ceiling (and the scheduler's worker threads)
     * @param maxAttempts        attempts before a call that keeps failing transiently ends as failed
     * @param initialBackoff     the wait after the first transient failure
     * @param backoffMultiplier  how much longer each further wait is
     * @param maxBackoff         the longest wait between attempts
     * @param pollingInterval    how often the queue is checked for due work
     * @param heartbeatInterval  how often a running job proves it is alive; a job silent for six
     *                           intervals (its instance died or froze) is taken over by another
     *                           instance, and a frozen run that wakes up stops before its next save
     * @param shutdownMaxWait    how long stopping the app waits for running jobs
     * @param workDirectory      where recordings are kept while processed; empty for a directory of this
     *                           app's own under {@code java.io.tmpdir}, private to its user, named after
     *                           the user and a hash of the app's name and database
     * @param migrateSchema      whether the starter creates its tables (Flyway, history in
     *                           {@code callpipeline_schema_history}); off for hosts that manage schema
     * @param overdueAfter       how long past its due time a job may wait unpicked before the health
     *                           check reports the queue as stuck
     * @param instanceName       this instance's name in the queue ({@code picked_by}) and in health,
     *                           at most 50 characters; empty for the host name and the process id, so
     *                           two instances on one machine are told apart
     * @param stallAfter         how long a call may hold its processing permit before it gives it back
     *                           to the calls behind it (it still runs to its end): a provider that hangs
     *                           until the client's timeout does not starve calls that do not need it
     */
    public record Processing(
            @DefaultValue("4") int concurrency,
            @DefaultValue("true") boolean adaptiveConcurrency,
            @DefaultValue("2") int minConcurrency,
            @DefaultValue("32") int initialConcurrency,
            @DefaultValue("64") int maxConcurrency,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("10s") Duration initialBackoff,
            @DefaultValue("2.0") double backoffMultiplier,
            @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("2s") Duration pollingInterval,
            @DefaultValue("30s") Duration heartbeatInterval,
            @DefaultValue("30s") Duration shutdownMaxWait,
            Path workDirectory,
            @DefaultValue("true") boolean migrateSchema,
            @DefaultValue("10m") Duration overdueAfter,
            String instanceName,
            @DefaultValue("20s") Duration stallAfter) {

        /** The limit these properties make: adaptive between the bounds, or fixed. */
        public ProcessingLimit limit() {
            return (adaptiveConcurrency ? ProcessingLimit.adaptive(minConcurrency, initialConcurrency, maxConcurrency)
                    : ProcessingLimit.fixed(concurrency)).stallAfter(stallAfter);
        }

        public Processing {
            atLeast(concurrency, 1, "callpipeline.processing.concurrency");
            atLeast(minConcurrency, 1, "callpipeline.processing.min-concurrency");
            atLeast(initialConcurrency, minConcurrency, "callpipeline.processing.initial-concurrency");
            atLeast(maxConcurrency, initialConcurrency, "callpipeline.processing.max-concurrency");
            atLeast(maxAttempts, 1, "callpipeline.processing.max-attempts");
            if (!(backoffMultiplier >= 1.0)) {
                throw new IllegalArgumentException("callpipeline.processing.backoff-multiplier must be at least 1.0, got "
                        + backoffMultiplier);
            }
            positive(initialBackoff, "callpipeline.processing.initial-backoff");
            positive(maxBackoff, "callpipeline.processing.max-backoff");
            positive(pollingInterval, "callpipeline.processing.polling-interval");
            positive(heartbeatInterval, "callpipeline.processing.heartbeat-interval");
            positive(overdueAfter, "callpipeline.processing.overdue-after");
            positive(stallAfter, "callpipeline.processing.stall-after");
            if (instanceName != null && instanceName.strip().length() > InstanceName.MAX_LENGTH) {
                throw new IllegalArgumentException("callpipeline.processing.instance-name must be at most "
                        + InstanceName.MAX_LENGTH + " characters");
            }
        }
    }

    /**
     * {@code POST /webhook/voice}: what an inbound call hears and how it is recorded.
     *
     * @param path        where Twilio asks what to do with an inbound call (the number's voice URL)
     * @param notice      what the caller hears first, before recording starts (consent)
     * @param voice       Twilio's name of the text-to-speech voice
     * @param mode        {@code record} (voicemail) or {@code dial} (forward to the agent, recording both sides)
     * @param agentNumber the agent's number in E.164, required for {@code dial}
     * @param maxLength   the longest voicemail, in seconds
     */
    public record Voice(
            @DefaultValue(WebhookPaths.VOICE) String path,
            @DefaultValue("שלום, השיחה מוקלטת. אנא השאירו הודעה לאחר הצפצוף.") String notice,
            @DefaultValue("Google.he-IL-Wavenet-A") String voice,
            @DefaultValue("record") VoiceAnswer.Mode mode,
            String agentNumber,
            @DefaultValue("3600") int maxLength) {
    }

    /**
     * The Hebrew gibberish guard's thresholds (see {@code GibberishSettings}).
     *
     * @param minCharacters          fewer letters and digits than this is too short
     * @param maxPhraseCoverage      the share of letters known hallucinated phrases may cover
     * @param extraPhrases           more hallucinated phrases; "…" at the end matches a few more words
     * @param maxRepeatedShare       the share of words one repeated n-gram may fill
     * @param maxCompressionRatio    the compression ratio above which 30 seconds of text loops
     * @param maxForeignShare        the share of characters that may be non-Hebrew junk
     * @param extraLatinWords        more words in Latin letters to accept (brands, product names)
     * @param minWordLogProbability  a Hebrew word's mean log10 letter probability below which it is implausible
     * @param maxImplausibleShare    the share of Hebrew letters implausible words may hold
     * @param maxSuspectSegmentShare the share of segment letters Whisper-doubted segments may hold
     */
    public record Gibberish(
            @DefaultValue("" + GibberishSettings.DEFAULT_MIN_CHARACTERS) int minCharacters,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_PHRASE_COVERAGE) double maxPhraseCoverage,
            @DefaultValue List<String> extraPhrases,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_REPEATED_SHARE) double maxRepeatedShare,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_COMPRESSION_RATIO) double maxCompressionRatio,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_FOREIGN_SHARE) double maxForeignShare,
            @DefaultValue Set<String> extraLatinWords,
            @DefaultValue("" + GibberishSettings.DEFAULT_MIN_WORD_LOG_PROBABILITY) double minWordLogProbability,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_IMPLAUSIBLE_SHARE) double maxImplausibleShare,
            @DefaultValue("" + GibberishSettings.DEFAULT_MAX_SUSPECT_SEGMENT_SHARE) double maxSuspectSegmentShare) {

        /**
         * The guard's settings these properties make, for a transcriber sent {@code transcriptionPrompt}
         * ({@link OpenAi#transcriptionPromptToSend()}): Whisper writes it back over silence.
         */
        public GibberishSettings settings(String transcriptionPrompt) {
            return new GibberishSettings(minCharacters, maxPhraseCoverage, extraPhrases, maxRepeatedShare,
                    maxCompressionRatio, maxForeignShare, extraLatinWords, minWordLogProbability, maxImplausibleShare,
                    SegmentConfidence.WHISPER, maxSuspectSegmentShare, transcriptionPrompt);
        }
    }

    /**
     * A recurring job (one instance of a cluster runs it) that lists the account's recordings at
     * Twilio and queues every completed one of this app's numbers that no callback announced, as if
     * it had come.
     *
     * @param enabled  whether it runs
     * @param interval the time between two runs
     * @param lookBack how far back the first run looks
     * @param overlap  how far before the last run's end each run starts again, for recordings
     *                 Twilio lists late (a long call's recording is dated when it started)
     * @param beforeAdoption whether the first run also looks back past the moment the app adopted the
     *                 starter (its first migration), up to look-back; off, so calls from before
     *                 adoption are not paid for
     */
    public record Reconciliation(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5m") Duration interval,
            @DefaultValue("24h") Duration lookBack,
            @DefaultValue("2h") Duration overlap,
            @DefaultValue("false") boolean beforeAdoption) {

        public Reconciliation {
            positive(interval, "callpipeline.reconciliation.interval");
            positive(lookBack, "callpipeline.reconciliation.look-back");
            if (overlap == null || overlap.isNegative()) {
                throw new IllegalArgumentException("callpipeline.reconciliation.overlap must not be negative");
            }
        }
    }

    private static void positive(Duration value, String property) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(property + " must be longer than zero, got " + value);
        }
    }

    private static void atLeast(int value, int least, String property) {
        if (value < least) {
            throw new IllegalArgumentException(property + " must be at least " + least + ", got " + value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
