package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.archive.DirectoryAudioArchive;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.gibberish.GibberishDetector;
import io.callpipeline.core.gibberish.HebrewGibberishDetector;
import io.callpipeline.core.language.LanguageIdentifier;
import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.pipeline.PipelineListener;
import io.callpipeline.core.pipeline.StepInstrumentation;
import io.callpipeline.core.privacy.IsraeliPiiRedactor;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.recording.RecordingDeletion;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.CallerHistory;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.twilio.MediaDownloadSettings;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.spring.webhook.ObservedCallbackContext;
import io.callpipeline.spring.webhook.CallbackContext;
import io.callpipeline.spring.observability.ObservedProviderRequests;
import io.callpipeline.spring.observability.ProviderRequestObservationConvention;
import io.callpipeline.spring.observability.ObservedSteps;
import io.callpipeline.spring.observability.StartupModeReport;
import io.callpipeline.spring.observability.StepObservationConvention;
import io.callpipeline.spring.processing.AppWorkDirectory;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The pipeline and its default parts: Twilio through twilio-java, the Hebrew gibberish guard (OpenAI's
 * transcriber and responder come from {@link CallPipelineOpenAiAutoConfiguration}, a host's Spring AI models or
 * ElevenLabs from theirs). Every bean backs off when the host defines its own.
 */
@AutoConfiguration(after = CallPipelineStoreAutoConfiguration.class)
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({CallPipelineProperties.class, AudioArchiveProperties.class, PrivacyProperties.class,
        EventWebhookProperties.class})
public final class CallPipelineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock callPipelineClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean(RecordingSource.class)
    TwilioRecordingSource twilioRecordingSource(CallPipelineProperties properties,
            ObjectProvider<TwilioRecordingSourceCustomizer> customizers, ObjectProvider<RequestInstrumentation> requests) {
        CallPipelineProperties.Twilio twilio = properties.twilio();
        Required.complete(twilio.missingCredential(), "recordings are fetched from the Twilio account with the"
                + " account SID and its auth token, or an API key SID and its secret");
        TwilioRecordingSource.Builder builder = TwilioRecordingSource.builder()
                .accountSid(twilio.accountSid())
                .baseUrl(twilio.baseUrl())
                .mediaFormat(properties.audio().format())
                .requests(requests.getIfAvailable(() -> RequestInstrumentation.NONE))
                .mediaSettings(new MediaDownloadSettings(twilio.maxRecordingSize().toBytes(), twilio.mediaConnectTimeout(),
                        twilio.mediaResponseTimeout(), twilio.mediaNotFoundRetries(), twilio.mediaNotFoundDelay()));
        if (twilio.usesApiKey()) {
            builder.apiKey(twilio.apiKeySid(), twilio.apiKeySecret());
        } else {
            builder.authToken(twilio.authToken());
        }
        twilio.accounts().forEach((sid, account) -> {
            if (account.apiKeySid() != null && !account.apiKeySid().isBlank()) {
                builder.account(sid, account.apiKeySid(), account.apiKeySecret());
            } else {
                builder.account(sid, sid, account.authToken());
            }
        });
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * What the model extracts from each call: a host's {@code ExtractionSchema} bean of its own record
     * replaces today's real-estate fields.
     */
    @Bean
    @ConditionalOnMissingBean
    ExtractionSchema<?> callPipelineExtractionSchema() {
        return ExtractionSchema.REAL_ESTATE;
    }

    /**
     * Each step as a Micrometer observation, when the host has an {@code ObservationRegistry} (Actuator brings
     * one): a timer {@code callpipeline.step} with the meter handler, a span of the call's trace with a tracer.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
    StepInstrumentation callPipelineStepInstrumentation(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<StepObservationConvention> convention) {
        ObservationRegistry observations = registry.getIfAvailable();
        return observations == null ? StepInstrumentation.NONE : new ObservedSteps(observations, convention.getIfAvailable());
    }

    /**
     * The callback's trace carried to the thread that stores it, so the job queued for the call continues it, when
     * the host has an {@code ObservationRegistry}.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
    CallbackContext callPipelineCallbackContext(ObjectProvider<ObservationRegistry> registry) {
        ObservationRegistry observations = registry.getIfAvailable();
        return observations == null ? CallbackContext.NONE : new ObservedCallbackContext(observations);
    }

    /**
     * Each HTTP request to a provider (Twilio's, OpenAI's, ElevenLabs') as a Micrometer observation, when the host
     * has an {@code ObservationRegistry}: a timer {@code callpipeline.provider.request}, a span of the step that
     * sent it with a tracer.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
    RequestInstrumentation callPipelineRequestInstrumentation(ObjectProvider<ObservationRegistry> registry,
            ObjectProvider<ProviderRequestObservationConvention> convention) {
        ObservationRegistry observations = registry.getIfAvailable();
        return observations == null ? RequestInstrumentation.NONE
                : new ObservedProviderRequests(observations, convention.getIfAvailable());
    }

    /**
     * Personal numbers out of every transcript before it is stored or sent to a model;
     * {@code callpipeline.privacy.redact=false} (or a {@code PiiRedactor.NONE} bean) keeps them.
     */
    @Bean
    @ConditionalOnMissingBean
    PiiRedactor callPipelinePiiRedactor(PrivacyProperties privacy) {
        return privacy.redact() ? new IsraeliPiiRedactor() : PiiRedactor.NONE;
    }

    @Bean
    @ConditionalOnMissingBean
    LanguageIdentifier callPipelineLanguageIdentifier() {
        return new ScriptAwareLanguageIdentifier();
    }

    @Bean
    @ConditionalOnMissingBean
    GibberishDetector hebrewGibberishDetector(CallPipelineProperties properties) {
        return new HebrewGibberishDetector(
                properties.gibberish().settings(properties.openai().transcriptionPromptToSend()));
    }

    /** Used only when there is no database: nothing survives a restart, so no background processing either. */
    @Bean
    @ConditionalOnMissingBean
    TranscriptStore inMemoryTranscriptStore() {
        return new InMemoryTranscriptStore();
    }

    /** One line at start-up saying whether this app got the webhook and durable processing, and if not why. */
    @Bean
    @ConditionalOnMissingBean
    StartupModeReport callPipelineStartupModeReport(CallPipelineProperties properties, ListableBeanFactory beans) {
        return new StartupModeReport(() -> StartupModeReport.Mode.of(beans), properties.webhook().path());
    }

    @Bean
    @ConditionalOnMissingBean
    CallRecordingPipeline callRecordingPipeline(CallPipelineProperties properties, RecordingSource recordingSource,
            Transcriber transcriber, GibberishDetector gibberishDetector, Responder responder, TranscriptStore store,
            LanguageIdentifier languageIdentifier, ObjectProvider<PipelineListener> listeners,
            ObjectProvider<StepInstrumentation> instrumentation, Environment environment,
            PiiRedactor piiRedactor, ObjectProvider<AudioArchive> archive, AudioArchiveProperties archiving,
            PrivacyProperties privacy, ObjectProvider<CallerHistory> history) {
        Path workDirectory = properties.processing().workDirectory();
        if (workDirectory == null) {
            workDirectory = AppWorkDirectory.prepare(AppWorkDirectory.of(environment));
        }
        return CallRecordingPipeline.builder()
                .recordingSource(recordingSource)
                .transcriber(transcriber)
                .gibberishDetector(gibberishDetector)
                .languageIdentifier(languageIdentifier)
                .piiRedactor(piiRedactor)
                .sendOriginalToModel(privacy.sendOriginalToModel())
                .callerHistory(history.getIfAvailable(() -> CallerHistory.NONE))
                .responder(responder)
                .store(store)
                .language(properties.openai().language())
                .audioSettings(properties.audio().settings())
                .listener(PipelineListener.all(listeners.orderedStream().toList()))
                .instrumentation(instrumentation.getIfAvailable(() -> StepInstrumentation.NONE))
                .workDirectory(workDirectory)
                .audioArchive(archive.getIfAvailable())
                .providerDeletion(archiving.deleteAtTwilio() && recordingSource instanceof RecordingDeletion deletion
                        ? deletion : null)
                .silencePaddingSeconds(archiving.silencePadding().toMillis() / 1000.0)
                .build();
    }

    /** Our own (redacted) copy of each recording in an S3-compatible store, when a bucket is set for it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.callpipeline.archive.s3.S3AudioArchive")
    static final class S3Archive {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnExpression("'${callpipeline.archive.s3.bucket:}'.trim() != ''")
        AudioArchive callPipelineS3AudioArchive(AudioArchiveProperties archiving) {
            AudioArchiveProperties.S3 s3 = archiving.s3();
            return io.callpipeline.archive.s3.S3AudioArchive.builder().bucket(s3.bucket()).endpoint(s3.endpoint())
                    .region(s3.region()).prefix(s3.prefix()).credentials(s3.accessKey(), s3.secretKey()).build();
        }
    }

    /** Our own (redacted) copy of each recording, when a directory is set for it. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnExpression("'${callpipeline.archive.directory:}'.trim() != ''")
    AudioArchive callPipelineAudioArchive(AudioArchiveProperties archiving) {
        return new DirectoryAudioArchive(archiving.directory());
    }
}
