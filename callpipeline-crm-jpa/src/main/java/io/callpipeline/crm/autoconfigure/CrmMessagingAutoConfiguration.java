package io.callpipeline.crm.autoconfigure;

import com.twilio.http.TwilioRestClient;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.twilio.BaseUrlTwilioHttpClient;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.reply.MessageGateway;
import io.callpipeline.crm.reply.MessagingContacts;
import io.callpipeline.crm.reply.MessagingWebhookController;
import io.callpipeline.crm.reply.Replies;
import io.callpipeline.crm.reply.ReplyStatusUpdates;
import io.callpipeline.crm.reply.TwilioMessageGateway;
import io.callpipeline.crm.web.CallReplyController;
import io.callpipeline.crm.web.CallViews;
import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import io.callpipeline.spring.autoconfigure.CallPipelineWebhookAutoConfiguration;
import io.callpipeline.spring.webhook.WebhookSecurity;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending the agent's reply by SMS or WhatsApp through Twilio Messaging, from the starter's Twilio account:
 * the sending, the messages' status and incoming-message webhooks (signed like the recording webhook, with a
 * filter chain of their own in an app with Spring Security), and {@code POST /calls/{id}/reply}. Only in a
 * servlet app with the CRM's data, the starter's webhook and a Twilio account; off with
 * {@code callpipeline.crm.messaging.enabled=false}.
 */
@AutoConfiguration(after = {CrmWebAutoConfiguration.class, CallPipelineWebhookAutoConfiguration.class}, afterName = {
        // the webhooks' filter chain needs Spring Security's HttpSecurity, defined by Boot's security configuration
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({CallHistory.class, WebhookSecurity.class, CallViews.class})
@ConditionalOnProperty(prefix = "callpipeline.crm.messaging", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@ConditionalOnProperty(prefix = "callpipeline.twilio", name = "account-sid")
public final class CrmMessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MessagingContacts callPipelineMessagingContacts(DataSource dataSource) {
        return new MessagingContacts(new JdbcTemplate(dataSource));
    }

    /** Twilio's Messages resource, from the main account or the call's subaccount. */
    @Bean
    @ConditionalOnMissingBean
    MessageGateway callPipelineMessageGateway(CallPipelineProperties properties,
            ObjectProvider<RequestInstrumentation> requests) {
        CallPipelineProperties.Twilio twilio = properties.twilio();
        RequestInstrumentation seen = requests.getIfAvailable(() -> RequestInstrumentation.NONE);
        Map<String, TwilioRestClient> accounts = new HashMap<>();
        twilio.accounts().forEach((sid, account) -> accounts.put(sid, client(twilio, sid, account.apiKeySid(),
                account.apiKeySecret(), account.authToken(), seen)));
        return new TwilioMessageGateway(client(twilio, twilio.accountSid(), twilio.apiKeySid(), twilio.apiKeySecret(),
                twilio.authToken(), seen), accounts);
    }

    private static TwilioRestClient client(CallPipelineProperties.Twilio twilio, String account, String keySid,
            String keySecret, String authToken, RequestInstrumentation requests) {
        boolean key = keySid != null && !keySid.isBlank();
        return new TwilioRestClient.Builder(key ? keySid : account, key ? keySecret : authToken).accountSid(account)
                .httpClient(new BaseUrlTwilioHttpClient(twilio.baseUrl(), requests)).build();
    }

    @Bean
    @ConditionalOnMissingBean
    Replies callPipelineReplies(CallHistory calls, DataSource dataSource, PlatformTransactionManager transactionManager,
            MessageGateway gateway, MessagingContacts contacts, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock, ObjectProvider<PiiRedactor> redactor, CrmProperties properties) {
        return new Replies(calls, new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager), gateway,
                contacts, events, clock.getIfAvailable(Clock::systemUTC), redactor.getIfAvailable(() -> PiiRedactor.NONE),
                new Replies.Senders(properties.messaging().smsFrom(), properties.messaging().whatsappFrom(),
                        properties.messaging().whatsappTemplateSid()));
    }

    @Bean
    @ConditionalOnMissingBean
    ReplyStatusUpdates callPipelineReplyStatusUpdates(DataSource dataSource,
            PlatformTransactionManager transactionManager, MessagingContacts contacts, ObjectProvider<Clock> clock) {
        return new ReplyStatusUpdates(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager),
                contacts, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    MessagingWebhookController callPipelineMessagingWebhookController(WebhookSecurity security,
            ReplyStatusUpdates updates, MessagingContacts contacts, ObjectProvider<Clock> clock) {
        return new MessagingWebhookController(security, updates, contacts, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    CallReplyController callPipelineCallReplyController(Replies replies, CallHistory calls, CallViews views,
            CallAccess access, AccessLog accessLog, AccessActor actor, WebhookSecurity security,
            CrmProperties properties) {
        return new CallReplyController(replies, calls, views, access, accessLog, actor, security,
                properties.messaging().webhookPath() + "/status");
    }

    /** Twilio reaches the messaging webhooks without a login or a CSRF token: its signature is the authentication. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
    @ConditionalOnBean(HttpSecurity.class)
    static class MessagingWebhookSecurity {

        @Bean
        @Order(io.callpipeline.spring.autoconfigure.CallPipelineWebhookSecurityAutoConfiguration.ORDER + 1)
        @ConditionalOnMissingBean(name = "callPipelineMessagingSecurityFilterChain")
        SecurityFilterChain callPipelineMessagingSecurityFilterChain(HttpSecurity http, CrmProperties properties)
                throws Exception {
            String base = properties.messaging().webhookPath();
            return io.callpipeline.spring.autoconfigure.CallPipelineWebhookSecurityAutoConfiguration.webhookChain(http,
                    base + "/status", base + "/inbound");
        }
    }
}
