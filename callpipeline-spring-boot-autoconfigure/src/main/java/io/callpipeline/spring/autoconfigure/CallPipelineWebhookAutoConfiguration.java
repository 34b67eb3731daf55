package io.callpipeline.spring.autoconfigure;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.voice.Say;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.webhook.CallbackContext;
import io.callpipeline.spring.webhook.InboundCallController;
import io.callpipeline.spring.webhook.IntakeRehearsal;
import io.callpipeline.spring.webhook.PublicUrlResolver;
import io.callpipeline.spring.webhook.RecordingWebhookController;
import io.callpipeline.spring.webhook.StorageDeadline;
import io.callpipeline.spring.webhook.VoiceAnswer;
import io.callpipeline.spring.webhook.WebhookSecurity;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The recording webhook, in a servlet web application with background processing available.
 */
@AutoConfiguration(after = CallPipelineProcessingAutoConfiguration.class)
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(RecordingIntake.class)
public final class CallPipelineWebhookAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WebhookSecurity callPipelineWebhookSecurity(CallPipelineProperties properties) {
        CallPipelineProperties.Webhook webhook = properties.webhook();
        String accountSid = Required.property(properties.twilio().accountSid(), "callpipeline.twilio.account-sid",
                "callbacks from other accounts are refused");
        RequestValidator validator = webhook.validateSignature()
                ? new RequestValidator(Required.property(properties.twilio().authToken(),
                        "callpipeline.twilio.auth-token", "Twilio signs webhooks with it; "
                                + "callpipeline.webhook.validate-signature=false turns the check off"))
                : null;
        Map<String, RequestValidator> validators = new HashMap<>();
        validators.put(accountSid, validator);
        properties.twilio().accounts().forEach((sid, account) -> validators.put(sid,
                webhook.validateSignature() ? new RequestValidator(account.authToken()) : null));
        return new WebhookSecurity(validators,
                new PublicUrlResolver(webhook.publicBaseUrl(), webhook.trustForwardedHeaders()),
                webhook.connectionOverrides());
    }

    @Bean
    @ConditionalOnMissingBean
    InboundCallController inboundCallController(CallPipelineProperties properties, WebhookSecurity security) {
        CallPipelineProperties.Voice voice = properties.voice();
        if (voice.mode() == VoiceAnswer.Mode.DIAL) {
            Required.property(voice.agentNumber(), "callpipeline.voice.agent-number",
                    "callpipeline.voice.mode=dial forwards calls to it");
        }
        Say.Voice sayVoice = Arrays.stream(Say.Voice.values()).filter(v -> v.toString().equals(voice.voice()))
                .findFirst().orElseThrow(() -> new IllegalStateException("Property callpipeline.voice.voice: '"
                        + voice.voice() + "' is not a Twilio voice, e.g. Google.he-IL-Wavenet-A"));
        return new InboundCallController(security, new VoiceAnswer(voice.notice(), sayVoice, voice.mode(),
                voice.agentNumber(), voice.maxLength(), properties.webhook().path()),
                properties.webhook().maxBodySize().toBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    StorageDeadline callPipelineStorageDeadline(CallPipelineProperties properties,
            ObjectProvider<ProcessingLimit> processingLimit, ObjectProvider<CallbackContext> context) {
        ProcessingLimit limit = processingLimit.getIfAvailable();
        return new StorageDeadline(properties.webhook().storeTimeout(), properties.webhook().storeThreads(),
                limit == null ? () -> { } : limit::yieldToCallbacks, context.getIfAvailable(() -> CallbackContext.NONE));
    }

    @Bean
    @ConditionalOnMissingBean
    IntakeRehearsal callPipelineIntakeRehearsal(RecordingIntake intake, StorageDeadline deadline) {
        return new IntakeRehearsal(intake, deadline);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordingWebhookController recordingWebhookController(CallPipelineProperties properties, RecordingIntake intake,
            StorageDeadline deadline, WebhookSecurity security, ObjectProvider<CallPipelineObserver> observer) {
        return new RecordingWebhookController(intake, deadline, security, properties.webhook().maxBodySize().toBytes(),
                observer.getIfAvailable(() -> CallPipelineObserver.NONE));
    }
}
