package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.spring.routing.OwnerRouting;
import io.callpipeline.spring.webhook.VoiceAnswer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Whose call it is: the agencies' numbers and accounts from {@link CallRoutingProperties}, or the
 * host's own {@link CallRouter}; either way with the configured fallback for what no rule routes,
 * and, when the starter's voice TwiML forwards calls, the agent's number it dials as a fact.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({CallRoutingProperties.class, CallPipelineProperties.class})
public final class CallRoutingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CallRouter callPipelineCallRouter(CallRoutingProperties properties) {
        return properties.router();
    }

    @Bean
    @ConditionalOnMissingBean
    OwnerRouting callPipelineOwnerRouting(CallRouter router, CallRoutingProperties routing,
            CallPipelineProperties pipeline) {
        CallPipelineProperties.Voice voice = pipeline.voice();
        return new OwnerRouting(router, routing.fallbackOwner(),
                voice.mode() == VoiceAnswer.Mode.DIAL ? voice.agentNumber() : null);
    }
}
