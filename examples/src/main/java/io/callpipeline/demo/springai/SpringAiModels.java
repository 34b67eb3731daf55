package io.callpipeline.demo.springai;

import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a host does to answer and transcribe through Spring AI instead of our OpenAI adapters: one property
 * ({@code callpipeline.spring-ai.enabled=true}) and its model beans. The demo's are Spring AI's OpenAI models
 * on the same URL and key as {@code callpipeline.openai.*}, so in sandbox mode they reach the stand-ins and
 * with a real key OpenAI; a host with another provider defines that provider's model (or adds its Spring AI
 * starter) instead. Their own retries are off: the pipeline's retry loop waits and retries, and a request
 * repeated behind its back is a request paid for twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "callpipeline.spring-ai.enabled", havingValue = "true")
class SpringAiModels {

    @Bean
    ChatModel demoChatModel(CallPipelineProperties pipeline) {
        CallPipelineProperties.OpenAi openai = pipeline.openai();
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(openai.baseUrl()).apiKey(openai.apiKey())
                        .model(openai.chatModel()).temperature(0.2).maxCompletionTokens(1000)
                        .timeout(openai.timeout()).maxRetries(0).build())
                .build();
    }

    @Bean
    TranscriptionModel demoTranscriptionModel(CallPipelineProperties pipeline) {
        CallPipelineProperties.OpenAi openai = pipeline.openai();
        return OpenAiAudioTranscriptionModel.builder()
                .options(OpenAiAudioTranscriptionOptions.builder().baseUrl(openai.baseUrl()).apiKey(openai.apiKey())
                        .model(openai.transcriptionModel()).timeout(openai.timeout()).maxRetries(0).build())
                .build();
    }
}
