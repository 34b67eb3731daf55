package io.callpipeline.spring.autoconfigure;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.spring.observability.OkHttpProviderRequests;
import io.callpipeline.spring.processing.ProviderPushback;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * OpenAI's transcriber and responder, the starter's defaults, with callpipeline-openai on the class path (the
 * starter brings it). After ElevenLabs' and Spring AI's auto-configurations, so a transcriber or responder of
 * theirs, or the host's own, takes the place of each; a host that uses neither of OpenAI's leaves
 * callpipeline-openai out of its build and carries neither openai-java nor OkHttp.
 */
@AutoConfiguration(before = CallPipelineAutoConfiguration.class,
        after = {CallPipelineElevenLabsAutoConfiguration.class, CallPipelineSpringAiAutoConfiguration.class})
@ConditionalOnClass(name = {"io.callpipeline.openai.OpenAiTranscriber", "com.openai.client.OpenAIClient"})
@ConditionalOnProperty(prefix = "callpipeline", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CallPipelineProperties.class)
public class CallPipelineOpenAiAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    OpenAIClient callPipelineOpenAiClient(CallPipelineProperties properties,
            ObjectProvider<OpenAiClientCustomizer> customizers, ObjectProvider<RequestInstrumentation> requests) {
        CallPipelineProperties.OpenAi openai = properties.openai();
        Required.complete(openai.missingCredential(), "transcription and responses are requested with it");
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                .apiKey(openai.apiKey())
                .baseUrl(openai.baseUrl())
                .timeout(openai.timeout())
                .maxRetries(openai.maxRetries())
                .addInterceptor(new ProviderPushback());
        requests.ifAvailable(seen -> builder.addInterceptor(OkHttpProviderRequests.interceptor(seen, "openai",
                Map.of("audio/transcriptions", openai.transcriptionModel(), "chat/completions", openai.chatModel()))));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    Transcriber openAiTranscriber(CallPipelineProperties properties, ObjectProvider<OpenAIClient> client) {
        return OpenAiTranscriber.builder()
                .client(client.getObject())
                .model(properties.openai().transcriptionModel())
                .prompt(properties.openai().transcriptionPromptToSend())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    Responder openAiResponder(CallPipelineProperties properties, ObjectProvider<OpenAIClient> client,
            ExtractionSchema<?> extraction) {
        OpenAiResponder.Builder builder = OpenAiResponder.builder()
                .client(client.getObject())
                .model(properties.openai().chatModel())
                .historyTokenBudget(properties.openai().historyTokenBudget())
                .extraction(extraction);
        String prompt = properties.openai().systemPrompt();
        if (prompt != null && !prompt.isBlank()) {
            builder.systemPrompt(prompt);
        }
        return builder.build();
    }
}
