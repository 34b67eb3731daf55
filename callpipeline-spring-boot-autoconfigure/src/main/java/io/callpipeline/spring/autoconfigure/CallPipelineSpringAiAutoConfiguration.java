package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.springai.SpringAiResponder;
import io.callpipeline.springai.SpringAiTranscriber;
import io.callpipeline.springai.TranscriptionDialect;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With callpipeline-spring-ai on the class path and {@code callpipeline.spring-ai.enabled=true}, the host's
 * Spring AI models take the OpenAI adapters' place: its {@code ChatModel} answers, its
 * {@code TranscriptionModel} transcribes, each only where it has one (Anthropic answers, OpenAI's Whisper
 * still transcribes). Runs after Spring AI's own model auto-configurations, so their beans count.
 */
@AutoConfiguration(before = CallPipelineAutoConfiguration.class, afterName = {
        "org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration",
        "org.springframework.ai.model.openai.autoconfigure.OpenAiAudioTranscriptionAutoConfiguration",
        "org.springframework.ai.model.anthropic.autoconfigure.AnthropicChatAutoConfiguration",
        "org.springframework.ai.model.ollama.autoconfigure.OllamaChatAutoConfiguration",
        "org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiChatAutoConfiguration"})
@ConditionalOnClass(name = "io.callpipeline.springai.SpringAiResponder")
@ConditionalOnExpression("${callpipeline.enabled:true} and ${callpipeline.spring-ai.enabled:false}")
@EnableConfigurationProperties({SpringAiProperties.class, CallPipelineProperties.class})
public class CallPipelineSpringAiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Responder.class)
    @ConditionalOnBean(ChatModel.class)
    Responder springAiResponder(ObjectProvider<ChatModel> models, CallPipelineProperties properties,
            ObjectProvider<ExtractionSchema<?>> extraction) {
        SpringAiResponder.Builder builder = SpringAiResponder.builder()
                .model(unique(models, ChatModel.class))
                .historyTokenBudget(properties.openai().historyTokenBudget())
                .extraction(extraction.getIfAvailable(() -> ExtractionSchema.REAL_ESTATE));
        String prompt = properties.openai().systemPrompt();
        if (prompt != null && !prompt.isBlank()) {
            builder.systemPrompt(prompt);
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean(Transcriber.class)
    @ConditionalOnBean(TranscriptionModel.class)
    Transcriber springAiTranscriber(ObjectProvider<TranscriptionModel> models, CallPipelineProperties properties,
            ObjectProvider<TranscriptionDialect> dialect) {
        return SpringAiTranscriber.builder()
                .model(unique(models, TranscriptionModel.class))
                .prompt(properties.openai().transcriptionPromptToSend())
                .dialect(dialect.getIfAvailable())
                .build();
    }

    /** Start-up stops when the property asks for Spring AI and the host has no model of it at all. */
    @Bean
    InitializingBean callPipelineSpringAiModelCheck(ObjectProvider<ChatModel> chat,
            ObjectProvider<TranscriptionModel> transcription) {
        return () -> {
            if (chat.getIfAvailable() == null && transcription.getIfAvailable() == null) {
                throw new IllegalStateException("callpipeline.spring-ai.enabled=true, but there is no Spring AI ChatModel"
                        + " or TranscriptionModel bean: add a provider's Spring AI starter (and its properties) or"
                        + " define a model bean, or unset the property to use the OpenAI adapters");
            }
        };
    }

    private static <T> T unique(ObjectProvider<T> models, Class<T> type) {
        T model = models.getIfUnique();
        if (model == null) {
            throw new IllegalStateException("callpipeline.spring-ai.enabled=true found several " + type.getSimpleName()
                    + " beans: mark the one to use @Primary");
        }
        return model;
    }
}
