package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.spring.observability.CallPipelineHealthIndicator;
import io.callpipeline.spring.observability.StartupModeReport;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.webhook.RecordingWebhookController;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a host gets when it lacks one of the things the starter can use: each part backs off, the
 * app still starts, and the start-up line says what is missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class CallPipelineBackOffTest {

    private static final String[] CREDENTIALS = {
        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "callpipeline.twilio.auth-token=test-token",
        "callpipeline.openai.api-key=sk-test",
    };

    private static final AutoConfigurations ALL = AutoConfigurations.of(
            DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            CallPipelineStoreAutoConfiguration.class, CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
            CallPipelineProcessingAutoConfiguration.class, CallPipelineWebhookAutoConfiguration.class,
            CallPipelineObservabilityAutoConfiguration.class);

    private final WebApplicationContextRunner webApp = new WebApplicationContextRunner()
            .withConfiguration(ALL).withPropertyValues(CREDENTIALS);

    @Test
    void aHostWithoutADatabaseStartsWithThePipelineOnlyAndIsToldSo(CapturedOutput output) {
        // what the starter brings: Boot's DataSource support but no pool; and the host has no embedded database
        webApp.withClassLoader(new FilteredClassLoader("com.zaxxer.hikari", "org.h2", "org.postgresql"))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class)
                            .hasSingleBean(CallRecordingPipeline.class)
                            .doesNotHaveBean(RecordingIntake.class).doesNotHaveBean(RecordingWebhookController.class);
                    assertThat(context.getBean(StartupModeReport.class).mode())
                            .isEqualTo(StartupModeReport.Mode.PIPELINE_ONLY);
                });
        assertThat(output).contains("callpipeline: no DataSource in this app")
                .contains("no webhook, no background processing");
    }

    @Test
    void aWebAppWithADatabaseGetsTheWebhookAndProcessing(CapturedOutput output) {
        webApp.withPropertyValues("spring.datasource.url=jdbc:h2:mem:backoff-${random.uuid};DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(RecordingIntake.class).hasSingleBean(RecordingWebhookController.class);
                    assertThat(context.getBean(StartupModeReport.class).mode())
                            .isEqualTo(StartupModeReport.Mode.WEBHOOK_AND_PROCESSING);
                });
        assertThat(output).contains("callpipeline: recording webhook at /webhook/handle_recording");
    }

    @Test
    void withoutWebMvcThereIsProcessingButNoWebhook() {
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(CREDENTIALS)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:backoff-${random.uuid};DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(RecordingIntake.class).doesNotHaveBean(RecordingWebhookController.class);
                    assertThat(context.getBean(StartupModeReport.class).mode())
                            .isEqualTo(StartupModeReport.Mode.PROCESSING_ONLY);
                });
    }

    @Test
    void withoutDbSchedulerTheReportSaysWhatToAdd(CapturedOutput output) {
        webApp.withPropertyValues("spring.datasource.url=jdbc:h2:mem:backoff-${random.uuid};DB_CLOSE_DELAY=-1")
                .withClassLoader(new FilteredClassLoader(Scheduler.class)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(RecordingIntake.class);
                    assertThat(context.getBean(StartupModeReport.class).mode())
                            .isEqualTo(StartupModeReport.Mode.NO_PROCESSING);
                });
        assertThat(output).contains("db-scheduler is missing");
    }

    @Test
    void withoutFlywayTheTablesAreTheHostsToCreate() {
        webApp.withPropertyValues("spring.datasource.url=jdbc:h2:mem:backoff-${random.uuid};DB_CLOSE_DELAY=-1")
                .withClassLoader(new FilteredClassLoader("org.flywaydb")).run(context ->
                        assertThat(context).hasNotFailed().doesNotHaveBean("callPipelineSchema"));
    }

    @Test
    void withoutActuatorThereIsNoHealthIndicator() {
        webApp.withPropertyValues("spring.datasource.url=jdbc:h2:mem:backoff-${random.uuid};DB_CLOSE_DELAY=-1")
                .withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
                        assertThat(context).hasNotFailed().hasSingleBean(RecordingIntake.class)
                                .doesNotHaveBean(CallPipelineHealthIndicator.class));
    }
}
