package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.extraction.Label;
import io.callpipeline.core.gibberish.GibberishDetector;
import io.callpipeline.core.gibberish.HebrewGibberishDetector;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.store.InMemoryTranscriptStore;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.store.JdbcTranscriptStore;
import io.callpipeline.spring.webhook.InboundCallController;
import io.callpipeline.spring.webhook.RecordingWebhookController;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CallPipelineAutoConfigurationTest {

    private static final String[] CREDENTIALS = {
        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "callpipeline.twilio.auth-token=test-token",
        "callpipeline.openai.api-key=sk-test",
    };

    private static final AutoConfigurations ALL = AutoConfigurations.of(
            DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            CallPipelineStoreAutoConfiguration.class, CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
            CallPipelineProcessingAutoConfiguration.class, CallPipelineWebhookAutoConfiguration.class);

    private final ApplicationContextRunner noDatabase = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallPipelineStoreAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class));

    private final WebApplicationContextRunner webApp = new WebApplicationContextRunner()
            .withConfiguration(ALL)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:autoconfig-${random.uuid};DB_CLOSE_DELAY=-1");

    @Test
    void defaultsWireThePipelineFromProperties() {
        noDatabase.withPropertyValues(CREDENTIALS).run(context -> {
            assertThat(context).hasSingleBean(CallRecordingPipeline.class);
            assertThat(context.getBean(RecordingSource.class)).isInstanceOf(TwilioRecordingSource.class);
            assertThat(context.getBean(GibberishDetector.class)).isInstanceOf(HebrewGibberishDetector.class);
            assertThat(context).hasSingleBean(Transcriber.class).hasSingleBean(Responder.class);
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(InMemoryTranscriptStore.class);
            assertThat(context).doesNotHaveBean(RecordingIntake.class);
        });
    }

    /**
     * Whisper writes the prompt it is sent back over silence; the guard knows the prompt the transcriber is sent, the
     * shipped one unless the host sets its own, and none when it is set empty.
     */
    @Test
    void theGuardKnowsThePromptTheTranscriberIsSent() {
        String hosts = "Call with Acme Realty about flats in Haifa: three bedrooms, balcony, parking, storage, lift";
        String shipped = io.callpipeline.core.transcription.Vocabulary.HEBREW_REAL_ESTATE.prompt();
        noDatabase.withPropertyValues(CREDENTIALS).run(context -> {
            GibberishDetector guard = context.getBean(GibberishDetector.class);
            assertThat(guard.check(english(hosts)).reasonCode()).isNotEqualTo("prompt_echo");
            assertThat(guard.check(new Transcript("he", shipped, List.of(), "whisper-1", null)).reasonCode())
                    .isEqualTo("prompt_echo");
        });
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.openai.transcription-prompt=" + hosts)
                .run(context -> assertThat(context.getBean(GibberishDetector.class).check(english(hosts)).reasonCode())
                        .isEqualTo("prompt_echo"));
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.openai.transcription-prompt=")
                .run(context -> assertThat(context.getBean(GibberishDetector.class)
                        .check(new Transcript("he", shipped, List.of(), "whisper-1", null)).reasonCode())
                        .isNotEqualTo("prompt_echo"));
    }

    private static Transcript english(String text) {
        return new Transcript("en", text, List.of(), "whisper-1", null);
    }

    /** A host that is not an estate agency names its own fields as a record; the responder asks for them. */
    record InsuranceLead(@Label("סוג ביטוח") String policyType, Integer age) {
    }

    @Test
    void theResponderExtractsTheRealEstateFieldsUnlessTheHostNamesItsOwnRecord() {
        ApplicationContextRunner runner = noDatabase.withPropertyValues(CREDENTIALS);
        runner.run(context -> assertThat(((OpenAiResponder) context.getBean(Responder.class)).extraction())
                .isSameAs(ExtractionSchema.REAL_ESTATE));
        runner.withBean(ExtractionSchema.class, () -> ExtractionSchema.of(InsuranceLead.class))
                .run(context -> {
                    ExtractionSchema<?> extraction = ((OpenAiResponder) context.getBean(Responder.class)).extraction();
                    assertThat(extraction.name()).isEqualTo("insurance-lead");
                    assertThat(extraction.fields()).extracting(f -> f.label()).containsExactly("סוג ביטוח", "age");
                });
    }

    @Test
    void withADatabaseProcessingIsDurableAndTheWebhookIsMapped() {
        webApp.withPropertyValues(CREDENTIALS).run(context -> {
            assertThat(context.getBean(TranscriptStore.class)).isInstanceOf(JdbcTranscriptStore.class);
            assertThat(context).hasSingleBean(Scheduler.class).hasSingleBean(RecordingIntake.class)
                    .hasSingleBean(RecordingWebhookController.class);
            Integer tables = new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                    .queryForObject("select count(*) from information_schema.tables where lower(table_name) in"
                            + " ('callpipeline_call_record', 'callpipeline_scheduled_tasks', 'callpipeline_schema_history')",
                            Integer.class);
            assertThat(tables).isEqualTo(3);
        });
    }

    @Test
    void theProcessingLimitAdaptsByDefaultAndCanBeFixed() {
        webApp.withPropertyValues(CREDENTIALS).run(context -> {
            io.callpipeline.spring.processing.ProcessingLimit limit =
                    context.getBean(io.callpipeline.spring.processing.ProcessingLimit.class);
            assertThat(limit.isAdaptive()).isTrue();
            assertThat(limit.current()).isEqualTo(32);
            assertThat(limit.max()).as("the scheduler's worker threads").isEqualTo(64);
        });
        webApp.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.processing.adaptive-concurrency=false",
                "callpipeline.processing.concurrency=6").run(context -> {
                    io.callpipeline.spring.processing.ProcessingLimit limit =
                            context.getBean(io.callpipeline.spring.processing.ProcessingLimit.class);
                    assertThat(limit.isAdaptive()).isFalse();
                    assertThat(limit.current()).isEqualTo(6);
                    assertThat(limit.max()).isEqualTo(6);
                });
    }

    @Test
    void hostBeansReplaceTheDefaults() {
        noDatabase.withPropertyValues(CREDENTIALS).withUserConfiguration(HostParts.class).run(context -> {
            assertThat(context.getBean(Transcriber.class)).isSameAs(HostParts.TRANSCRIBER);
            assertThat(context.getBean(TranscriptStore.class)).isSameAs(HostParts.STORE);
        });
    }

    @Test
    void disabledConfiguresNothing() {
        webApp.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CallRecordingPipeline.class).doesNotHaveBean(Scheduler.class)
                        .doesNotHaveBean(RecordingWebhookController.class));
    }

    @Test
    void missingCredentialsFailStartUpNamingTheProperty() {
        noDatabase.withPropertyValues("callpipeline.openai.api-key=sk-test").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.twilio.account-sid"));
        noDatabase.withPropertyValues("callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "callpipeline.twilio.auth-token=t").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.openai.api-key"));
    }

    @Test
    void aReplacedBeanNeedsNoPropertyOfItsOwn() {
        noDatabase.withPropertyValues("callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "callpipeline.twilio.auth-token=t").withUserConfiguration(HostOpenAiParts.class).run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(CallRecordingPipeline.class));
    }

    @Test
    void withoutDbSchedulerOnTheClasspathThereIsNoBackgroundProcessing() {
        webApp.withPropertyValues(CREDENTIALS).withClassLoader(new FilteredClassLoader(Scheduler.class)).run(context ->
                assertThat(context).hasSingleBean(CallRecordingPipeline.class).doesNotHaveBean(RecordingIntake.class)
                        .doesNotHaveBean(RecordingWebhookController.class));
    }

    @Test
    void signatureCheckNeedsTheAuthTokenUnlessTurnedOff() {
        String[] apiKeyOnly = {"callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
            "callpipeline.twilio.api-key-sid=SK0123456789abcdef0123456789abcdef",
            "callpipeline.twilio.api-key-secret=secret", "callpipeline.openai.api-key=sk-test"};
        webApp.withPropertyValues(apiKeyOnly).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("callpipeline.twilio.auth-token"));
        webApp.withPropertyValues(apiKeyOnly).withPropertyValues("callpipeline.webhook.validate-signature=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(RecordingWebhookController.class));
    }

    @Test
    void forwardingCallsNeedsTheAgentsNumber() {
        webApp.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.voice.mode=dial").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.voice.agent-number"));
        webApp.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.voice.mode=dial",
                "callpipeline.voice.agent-number=+972501234567").run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(InboundCallController.class));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "callpipeline.processing.concurrency=0|callpipeline.processing.concurrency must be at least 1",
        "callpipeline.processing.max-concurrency=8|callpipeline.processing.max-concurrency must be at least 32",
        "callpipeline.processing.max-attempts=0|callpipeline.processing.max-attempts must be at least 1",
        "callpipeline.processing.backoff-multiplier=-1|backoff-multiplier must be at least 1.0",
        "callpipeline.processing.initial-backoff=0s|initial-backoff must be longer than zero",
        "callpipeline.webhook.store-threads=0|store-threads must be at least 1",
        "callpipeline.webhook.connection-overrides=rc=9|rc must be a whole number from 0 to 5",
        "callpipeline.webhook.connection-overrides=retries=3|is not a Twilio connection override",
        "callpipeline.webhook.connection-overrides=rp=sometimes|rp takes ct, rt, 4xx, 5xx or all",
        "callpipeline.reconciliation.interval=0s|reconciliation.interval must be longer than zero"})
    void aSettingOutOfRangeFailsStartUpNamingIt(String setting, String message) {
        webApp.withPropertyValues(CREDENTIALS).withPropertyValues(setting).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining(message));
    }

    @Test
    void customizersAdjustTheClientsInOrderWithoutReplacingThem() {
        List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
        noDatabase.withPropertyValues(CREDENTIALS)
                .withBean("second", TwilioRecordingSourceCustomizer.class, () -> new OrderedTwilioCustomizer(2, applied))
                .withBean("first", TwilioRecordingSourceCustomizer.class, () -> new OrderedTwilioCustomizer(1, applied))
                .withBean(OpenAiClientCustomizer.class, () -> builder -> applied.add("openai"))
                .run(context -> {
                    assertThat(context.getBean(RecordingSource.class)).isInstanceOf(TwilioRecordingSource.class);
                    context.getBean(com.openai.client.OpenAIClient.class);
                    assertThat(applied).hasSize(3).containsSubsequence("twilio 1", "twilio 2").containsOnlyOnce("openai");
                });
    }

    /** A Twilio customizer with an order, recording when it ran. */
    record OrderedTwilioCustomizer(int order, List<String> applied)
            implements TwilioRecordingSourceCustomizer, org.springframework.core.Ordered {
        @Override
        public void customize(TwilioRecordingSource.Builder builder) {
            applied.add("twilio " + order);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostParts {
        static final Transcriber TRANSCRIBER = request -> new Transcript("he", "שלום", List.of(), "host", null);
        static final TranscriptStore STORE = new InMemoryTranscriptStore();

        @Bean
        Transcriber hostTranscriber() {
            return TRANSCRIBER;
        }

        @Bean
        TranscriptStore hostStore() {
            return STORE;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostOpenAiParts {
        @Bean
        Transcriber hostTranscriber() {
            return HostParts.TRANSCRIBER;
        }

        @Bean
        Responder hostResponder() {
            return request -> { throw new UnsupportedOperationException(); };
        }
    }

    @Test
    void personalNumbersAreRedactedUnlessTheHostSaysOtherwiseAndAnArchiveExistsOnlyWithADirectory(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        noDatabase.withPropertyValues(CREDENTIALS).run(context -> {
            assertThat(context.getBean(io.callpipeline.core.privacy.PiiRedactor.class))
                    .isInstanceOf(io.callpipeline.core.privacy.IsraeliPiiRedactor.class);
            assertThat(context).doesNotHaveBean(io.callpipeline.core.archive.AudioArchive.class);
        });
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.privacy.redact=false",
                "callpipeline.archive.directory= ").run(context -> {
            assertThat(context.getBean(io.callpipeline.core.privacy.PiiRedactor.class))
                    .isSameAs(io.callpipeline.core.privacy.PiiRedactor.NONE);
            assertThat(context).doesNotHaveBean(io.callpipeline.core.archive.AudioArchive.class);
        });
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.archive.directory=" + dir.resolve("kept"))
                .run(context -> {
                    assertThat(context.getBean(io.callpipeline.core.archive.AudioArchive.class))
                            .isInstanceOf(io.callpipeline.core.archive.DirectoryAudioArchive.class);
                    assertThat(java.nio.file.Files.isDirectory(dir.resolve("kept"))).isTrue();
                });
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.archive.directory=" + dir,
                "callpipeline.archive.s3.bucket=calls", "callpipeline.archive.s3.endpoint=http://127.0.0.1:9",
                "callpipeline.archive.s3.access-key=k", "callpipeline.archive.s3.secret-key=s")
                .run(context -> assertThat(context.getBean(io.callpipeline.core.archive.AudioArchive.class))
                        .as("a bucket is chosen over a directory").isInstanceOf(
                                io.callpipeline.archive.s3.S3AudioArchive.class));
        noDatabase.withPropertyValues(CREDENTIALS).withPropertyValues("callpipeline.archive.silence-padding=-1s")
                .run(context -> assertThat(context).hasFailed());
    }
}
