package io.callpipeline.spring.autoconfigure;

import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.core.transcription.Vocabulary;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.elevenlabs.ElevenLabsTranscriber;
import org.springframework.beans.factory.ObjectProvider;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With callpipeline-elevenlabs on the class path and {@code callpipeline.elevenlabs.api-key} set, ElevenLabs'
 * Scribe transcribes the calls in place of the OpenAI transcriber (the answer stays OpenAI's, or Spring AI's).
 * The key terms are the vocabulary of {@code callpipeline.openai.transcription-prompt} (the shipped Hebrew one
 * unless set), cut to ElevenLabs' limits; an empty prompt sends none.
 */
@AutoConfiguration(before = {CallPipelineSpringAiAutoConfiguration.class, CallPipelineAutoConfiguration.class})
@ConditionalOnClass(name = "io.callpipeline.elevenlabs.ElevenLabsTranscriber")
@ConditionalOnExpression("${callpipeline.enabled:true} and '${callpipeline.elevenlabs.api-key:}'.trim() != ''")
@EnableConfigurationProperties({ElevenLabsProperties.class, CallPipelineProperties.class})
public class CallPipelineElevenLabsAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Transcriber.class)
    ElevenLabsTranscriber elevenLabsTranscriber(ElevenLabsProperties elevenlabs, CallPipelineProperties properties,
            ObjectProvider<RequestInstrumentation> requests) {
        String prompt = properties.openai().transcriptionPromptToSend();
        List<String> terms = prompt == null || prompt.isBlank() ? List.of()
                : Vocabulary.of(prompt).terms(100, 5, 50);
        return ElevenLabsTranscriber.builder()
                .apiKey(elevenlabs.apiKey())
                .baseUrl(elevenlabs.baseUrl())
                .model(elevenlabs.model())
                .diarize(elevenlabs.diarize())
                .timeout(elevenlabs.timeout())
                .keyterms(terms)
                .requests(requests.getIfAvailable(() -> RequestInstrumentation.NONE))
                .build();
    }
}
