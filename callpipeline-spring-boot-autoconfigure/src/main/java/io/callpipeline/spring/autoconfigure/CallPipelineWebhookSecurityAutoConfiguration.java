package io.callpipeline.spring.autoconfigure;

import io.callpipeline.spring.webhook.RecordingWebhookController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets Twilio reach the webhooks in an app with Spring Security, without the host writing a line:
 * a filter chain of the starter's own, matching only the recording and voice paths, where the
 * Twilio signature is the authentication (no login, no session, no CSRF token, which Twilio cannot
 * send). Everything else, the CRM's API, audio and tab included, stays under the host's chains.
 *
 * <p>Ordered after Boot's own web-security auto-configuration on purpose: Boot adds its default
 * chain only when the app has none, and it must still see none when a host relies on that default,
 * or every other path would be left without security.
 */
@AutoConfiguration(after = CallPipelineWebhookAutoConfiguration.class, afterName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
@ConditionalOnBean({RecordingWebhookController.class, HttpSecurity.class})
@ConditionalOnProperty(prefix = "callpipeline.webhook", name = "security-filter-chain", havingValue = "true",
        matchIfMissing = true)
public final class CallPipelineWebhookSecurityAutoConfiguration {

    /** Before the host's chains, which may match every path; this one matches only the webhooks. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    @Order(ORDER)
    @ConditionalOnMissingBean(name = "callPipelineWebhookSecurityFilterChain")
    SecurityFilterChain callPipelineWebhookSecurityFilterChain(HttpSecurity http, CallPipelineProperties properties)
            throws Exception {
        return webhookChain(http, properties.webhook().path(), properties.voice().path());
    }

    /**
     * A filter chain for Twilio's webhooks at {@code paths} only: no login, no session, no CSRF token (Twilio
     * cannot send one); each webhook checks Twilio's signature itself. Shared by every module with webhooks.
     */
    public static SecurityFilterChain webhookChain(HttpSecurity http, String... paths) throws Exception {
        return http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .build();
    }
}
