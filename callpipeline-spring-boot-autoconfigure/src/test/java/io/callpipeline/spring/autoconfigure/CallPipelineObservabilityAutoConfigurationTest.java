package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.spring.observability.CallPipelineHealthIndicator;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.observability.MicrometerCallPipelineObserver;
import io.callpipeline.spring.observability.QueueMetrics;
import io.callpipeline.spring.observability.RecordingQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CallPipelineObservabilityAutoConfigurationTest {

    private static final String[] CREDENTIALS = {
        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "callpipeline.twilio.auth-token=test-token",
        "callpipeline.openai.api-key=sk-test",
    };

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, CallPipelineStoreAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class,
                    CallPipelineObservabilityAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:observability-${random.uuid};DB_CLOSE_DELAY=-1")
            .withPropertyValues(CREDENTIALS);

    @Configuration(proxyBeanMethods = false)
    static class WithMeterRegistry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void withAMeterRegistryTheObserverFeedsItAndThePipelineTimesItsSteps() {
        runner.withUserConfiguration(WithMeterRegistry.class).run(context -> {
            assertThat(context.getBean(CallPipelineObserver.class)).isInstanceOf(MicrometerCallPipelineObserver.class);
            assertThat(context).hasSingleBean(QueueMetrics.class).hasSingleBean(RecordingQueue.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBean(CallPipelineObserver.class).callbackAnswered(403);
            assertThat(registry.get(MicrometerCallPipelineObserver.CALLBACKS).tag("status", "403").counter().count())
                    .isEqualTo(1.0);
        });
    }

    @Test
    void withoutMicrometerThereIsNoObserverAndTheStarterStillStarts() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(CallPipelineObserver.class)
                    .doesNotHaveBean(QueueMetrics.class).hasSingleBean(CallRecordingPipeline.class)
                    .hasSingleBean(CallPipelineHealthIndicator.class);
        });
    }

    @Test
    void withoutAMeterRegistryBeanThereIsNoObserver() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CallPipelineObserver.class));
    }

    @Test
    void healthIsUpWithCompleteSettingsAndAnEmptyQueue() {
        runner.run(context -> {
            Health health = context.getBean(CallPipelineHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("twilio", "auth token for https://api.twilio.com")
                    .containsEntry("openai", "whisper-1 and gpt-4o-mini at https://api.openai.com/v1")
                    .containsKey("queue");
        });
    }

    @Test
    void healthIndicatorCanBeSwitchedOffOrBeAbsentWithoutActuator() {
        runner.withPropertyValues("management.health.callpipeline.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(CallPipelineHealthIndicator.class));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CallPipelineHealthIndicator.class));
    }

    @Test
    void replacedProvidersAreNotJudgedByOurProperties() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
                        CallPipelineObservabilityAutoConfiguration.class))
                .withUserConfiguration(HostProviders.class)
                .run(context -> {
                    Health health = context.getBean(CallPipelineHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("twilio", "replaced by an application bean")
                            .containsEntry("openai", "replaced by an application bean")
                            .as("no database, no queue").doesNotContainKey("queue");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class HostProviders {
        @Bean
        RecordingSource hostRecordingSource() {
            return new RecordingSource() {
                @Override
                public io.callpipeline.core.recording.RecordingInfo fetchRecording(String recordingSid) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public io.callpipeline.core.recording.CallDetails fetchCall(String callSid) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public io.callpipeline.core.recording.AudioFile download(
                        io.callpipeline.core.recording.MediaRequest request) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Bean
        Responder hostResponder() {
            return request -> {
                throw new UnsupportedOperationException();
            };
        }

        @Bean
        Transcriber hostTranscriber() {
            return request -> new Transcript("he", "שלום", List.of(), "host", null);
        }
    }
}
