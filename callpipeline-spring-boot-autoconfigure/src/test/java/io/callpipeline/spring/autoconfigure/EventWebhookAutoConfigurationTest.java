package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.spring.events.EventWebhook;
import io.callpipeline.spring.events.EventWebhookListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The outbound webhook is off unless a URL is set, and then needs its secret, named at start-up. */
class EventWebhookAutoConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, CallPipelineStoreAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:events-${random.uuid};DB_CLOSE_DELAY=-1",
                    "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                    "callpipeline.twilio.auth-token=test-token", "callpipeline.openai.api-key=sk-test");

    @Test
    void noUrlNoWebhook() {
        app.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EventWebhook.class)
                .doesNotHaveBean(EventWebhookListener.class));
    }

    @Test
    void aUrlWithItsSecretSendsEvents() {
        app.withPropertyValues("callpipeline.events.webhook.url=https://crm.example/hooks",
                "callpipeline.events.webhook.secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").run(context ->
                assertThat(context).hasSingleBean(EventWebhook.class).hasSingleBean(EventWebhookListener.class));
    }

    @Test
    void aUrlWithoutItsSecretOrWithABadOneFailsStartUpNamingTheProperty() {
        app.withPropertyValues("callpipeline.events.webhook.url=https://crm.example/hooks").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.events.webhook.secret"));
        app.withPropertyValues("callpipeline.events.webhook.url=https://crm.example/hooks",
                "callpipeline.events.webhook.secret=whsec_not base64!").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.events.webhook.secret").hasMessageNotContaining("not base64!"));
        app.withPropertyValues("callpipeline.events.webhook.url=ftp://crm.example/hooks",
                "callpipeline.events.webhook.secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("callpipeline.events.webhook.url"));
    }
}
