package io.callpipeline.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spring AI's models in place of the OpenAI adapters (module callpipeline-spring-ai).
 *
 * @param enabled whether the host's Spring AI {@code ChatModel} answers the calls and its
 *                {@code TranscriptionModel} transcribes them, each where the host has one; the prompts, the
 *                history budget and the extraction schema stay those of {@code callpipeline.openai.*}
 */
@ConfigurationProperties("callpipeline.spring-ai")
public record SpringAiProperties(@DefaultValue("false") boolean enabled) {
}
