package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.observability.StartupModeReport.Mode;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.webhook.RecordingWebhookController;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * What start-up says the starter configured follows from what the context holds: no database, the pipeline alone;
 * a database without the queue's intake, no processing (the autoconfigure module without the starter); the intake
 * without the webhook, processing only (not a web app); both, the whole.
 */
class StartupModeReportTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    private void define(String name, Class<?> type) {
        beans.registerBeanDefinition(name, new RootBeanDefinition(type));
    }

    @Test
    void eachModeFollowsFromTheBeansTheContextHolds() {
        assertThat(Mode.of(beans)).isEqualTo(Mode.PIPELINE_ONLY);

        define("dataSource", DataSource.class);
        assertThat(Mode.of(beans)).isEqualTo(Mode.NO_PROCESSING);

        define("intake", RecordingIntake.class);
        assertThat(Mode.of(beans)).isEqualTo(Mode.PROCESSING_ONLY);

        define("webhook", RecordingWebhookController.class);
        assertThat(Mode.of(beans)).isEqualTo(Mode.WEBHOOK_AND_PROCESSING);
    }

    @Test
    void theWebhookWithoutTheIntakeIsNoProcessing() {
        define("dataSource", DataSource.class);
        define("webhook", RecordingWebhookController.class);

        assertThat(Mode.of(beans)).isEqualTo(Mode.NO_PROCESSING);
    }

    @Test
    void theReportReadsTheModeWhenAskedNotWhenMade() {
        StartupModeReport report = new StartupModeReport(() -> Mode.of(beans), "/webhook/handle_recording");
        assertThat(report.mode()).isEqualTo(Mode.PIPELINE_ONLY);

        define("dataSource", DataSource.class);
        report.afterSingletonsInstantiated();

        assertThat(report.mode()).isEqualTo(Mode.NO_PROCESSING);
    }
}
