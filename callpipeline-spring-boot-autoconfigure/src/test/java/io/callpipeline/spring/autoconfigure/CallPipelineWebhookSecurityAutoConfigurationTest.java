package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.config.Customizer.withDefaults;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Twilio reaches the webhooks in an app with Spring Security without the host writing a line,
 * while every other path stays under the host's security (or Boot's default one).
 */
class CallPipelineWebhookSecurityAutoConfigurationTest {

    private static final String WEBHOOK = "http://localhost/webhook/handle_recording";

    private final WebApplicationContextRunner app = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, CallPipelineStoreAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class,
                    CallPipelineWebhookAutoConfiguration.class, CallPipelineWebhookSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                    UserDetailsServiceAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, DispatcherServletAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:security-${random.uuid};DB_CLOSE_DELAY=-1",
                    "callpipeline.twilio.account-sid=" + StubbedProviders.ACCOUNT_SID,
                    "callpipeline.twilio.auth-token=" + StubbedProviders.AUTH_TOKEN,
                    "callpipeline.openai.api-key=sk-test",
                    // the queue stays idle: these tests are about who may post, not what happens next
                    "callpipeline.processing.polling-interval=1h");

    @Test
    void withBootsDefaultSecurityTheWebhooksAreOpenToSignedCallbacksAndTheRestIsNot() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            // Boot's default chain is still there beside ours, so nothing else was left open
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).hasSize(2)
                    .containsKey("callPipelineWebhookSecurityFilterChain");
            MockMvc mvc = mvc(context);
            assertThat(status(mvc, signedCallback())).isEqualTo(200);
            assertThat(status(mvc, post("/webhook/voice").param("AccountSid", StubbedProviders.ACCOUNT_SID)))
                    .as("unsigned: refused by the signature check, not by a login").isEqualTo(403);
            assertThat(status(mvc, get("/callpipeline/api/calls"))).isEqualTo(401);
            assertThat(status(mvc, get("/anything-else"))).isEqualTo(401);
        });
    }

    @Test
    void withTheHostsOwnFormLoginChainOnlyTheWebhooksAreExempt() {
        app.withUserConfiguration(HostSecurity.class).run(context -> {
            MockMvc mvc = mvc(context);
            assertThat(status(mvc, signedCallback())).isEqualTo(200);
            assertThat(status(mvc, get("/callpipeline/api/calls"))).as("to the host's login page").isEqualTo(302);
            assertThat(status(mvc, post("/customers").param("name", "x"))).as("the host's CSRF still applies")
                    .isEqualTo(403);
        });
    }

    @Test
    void turnedOffTheHostsSecurityDecidesForTheWebhooksToo() {
        app.withUserConfiguration(HostSecurity.class)
                .withPropertyValues("callpipeline.webhook.security-filter-chain=false").run(context -> {
                    assertThat(context).doesNotHaveBean("callPipelineWebhookSecurityFilterChain");
                    assertThat(status(mvc(context), signedCallback())).isEqualTo(403);
                });
    }

    @Test
    void withoutSpringSecurityThereIsNoChain() {
        app.withClassLoader(new FilteredClassLoader("org.springframework.security")).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("callPipelineWebhookSecurityFilterChain"));
    }

    private static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class)).build();
    }

    private static int status(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder signedCallback() {
        Map<String, String> form = StubbedProviders.callback("RE" + UUID.randomUUID().toString().replace("-", ""),
                "CA" + UUID.randomUUID().toString().replace("-", ""));
        MockHttpServletRequestBuilder request = post(WEBHOOK)
                .header("X-Twilio-Signature", TwilioSignatures.sign(StubbedProviders.AUTH_TOKEN, WEBHOOK, form));
        form.forEach(request::param);
        return request;
    }

    /** A CRM's usual chain: every path needs a login, forms carry a CSRF token. */
    @Configuration(proxyBeanMethods = false)
    static class HostSecurity {

        @Bean
        SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(withDefaults()).build();
        }
    }
}
