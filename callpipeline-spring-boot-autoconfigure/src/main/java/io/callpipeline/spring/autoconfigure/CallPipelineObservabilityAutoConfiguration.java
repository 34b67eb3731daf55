package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.pipeline.StepInstrumentation;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.spring.observability.CallPipelineHealthIndicator;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.observability.MicrometerCallPipelineObserver;
import io.callpipeline.spring.observability.ObservedSteps;
import io.callpipeline.spring.observability.ProcessingLimitMetrics;
import io.callpipeline.spring.observability.ProviderCheck;
import io.callpipeline.spring.observability.QueueMetrics;
import io.callpipeline.spring.observability.RecordingQueue;
import io.callpipeline.spring.observability.TimeBoundHealth;
import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.processing.RecordingTask;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health and metrics, each only when the host has the library for it: the {@code callPipeline}
 * health component with Actuator ({@code management.health.callpipeline.enabled} switches it), the
 * meters with a Micrometer {@code MeterRegistry}.
 */
@AutoConfiguration(after = CallPipelineProcessingAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(CallRecordingPipeline.class)
public final class CallPipelineObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({RecordingIntake.class, DataSource.class})
    RecordingQueue callPipelineRecordingQueue(CallPipelineProperties properties, DataSource dataSource, Clock clock) {
        return new RecordingQueue(dataSource, CallPipelineProcessingAutoConfiguration.TASKS_TABLE,
                RecordingTask.TASK_NAME, properties.processing().overdueAfter(), clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static final class Metrics {

        @Bean
        @ConditionalOnMissingBean
        CallPipelineObserver micrometerCallPipelineObserver(MeterRegistry registry,
                ObjectProvider<StepInstrumentation> steps) {
            // observed steps have their own timer: the observer's would count them twice
            return new MicrometerCallPipelineObserver(registry,
                    !(steps.getIfAvailable() instanceof ObservedSteps));
        }

        /** Conditions as the queue's own: nested classes are read before the outer class's beans. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean({RecordingIntake.class, DataSource.class})
        QueueMetrics callPipelineQueueMetrics(RecordingQueue queue) {
            return new QueueMetrics(queue);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(ProcessingLimit.class)
        ProcessingLimitMetrics callPipelineProcessingLimitMetrics(ProcessingLimit limit) {
            return new ProcessingLimitMetrics(limit);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("callpipeline")
    static final class Health {

        /**
         * Spring Boot's {@code db} indicator answered within 1.5 s: during a database outage it would
         * otherwise wait the pool's connection timeout (30 s). With ours (2 s), the whole health answers
         * within about 4 s whatever is down.
         */
        @Bean
        static TimeBoundHealth callPipelineTimeBoundDatabaseHealth() {
            return new TimeBoundHealth(TimeBoundHealth.DB_LIMIT);
        }

        @Bean
        @ConditionalOnMissingBean(name = "callPipelineHealthIndicator")
        CallPipelineHealthIndicator callPipelineHealthIndicator(CallPipelineProperties properties,
                RecordingSource recordingSource, Transcriber transcriber, Responder responder,
                ObjectProvider<RecordingQueue> queue, ObjectProvider<ProcessingLimit> limit) {
            boolean twilioReplaced = !(recordingSource instanceof TwilioRecordingSource);
            boolean openAiReplaced = !isOpenAi(transcriber) && !isOpenAi(responder);
            CallPipelineProperties.Twilio twilio = properties.twilio();
            CallPipelineProperties.OpenAi openai = properties.openai();
            return new CallPipelineHealthIndicator(List.of(
                    ProviderCheck.of("twilio", twilio.missingCredential(), (twilio.usesApiKey() ? "API key" : "auth token")
                            + " for " + twilio.baseUrl(), twilioReplaced),
                    ProviderCheck.of("openai", openai.missingCredential(), openai.transcriptionModel() + " and "
                            + openai.chatModel() + " at " + openai.baseUrl(), openAiReplaced)), queue.getIfAvailable(),
                    limit.getIfAvailable());
        }

        /** By name: callpipeline-openai may not be on the class path at all. */
        private static boolean isOpenAi(Object bean) {
            return bean.getClass().getName().startsWith("io.callpipeline.openai.");
        }
    }
}
