package io.callpipeline.demo.sandbox;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.demo.DemoProperties;
import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sandbox mode's parts, present only when {@link SandboxMode} switched it on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "demo.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    @Bean(destroyMethod = "close")
    SandboxProviders sandboxProviders(DemoProperties demo, CallPipelineProperties pipeline,
            ObjectProvider<CallHistory> calls) {
        SandboxProviders providers = new SandboxProviders(demo.sandbox().port(), pipeline.twilio().accountSid(),
                pipeline.openai().transcriptionModel(), pipeline.openai().chatModel());
        calls.ifAvailable(providers::restore);
        return providers;
    }

    @Bean
    CallSimulator callSimulator(SandboxProviders providers, CallPipelineProperties pipeline) {
        return new CallSimulator(providers, pipeline.twilio().accountSid(), pipeline.twilio().authToken());
    }

    /** Once the app listens, the simulator knows its webhook and the sandbox number points at it. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> sandboxWebhookUrl(CallSimulator simulator,
            SandboxProviders providers, DemoProperties demo, CallPipelineProperties pipeline) {
        return event -> {
            String base = "http://localhost:" + event.getWebServer().getPort();
            simulator.webhookUrl(base + pipeline.webhook().path());
            providers.phoneNumber(demo.twilio().phoneNumber(), base + pipeline.voice().path());
        };
    }
}
