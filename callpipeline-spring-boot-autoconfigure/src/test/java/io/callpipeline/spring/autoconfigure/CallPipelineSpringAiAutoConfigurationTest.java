package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.springai.OpenAiTranscriptionDialect;
import io.callpipeline.springai.SpringAiResponder;
import io.callpipeline.springai.SpringAiTranscriber;
import org.junit.jupiter.api.Test;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionModel;
import org.springframework.ai.openai.OpenAiAudioTranscriptionOptions;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CallPipelineSpringAiAutoConfigurationTest {

    private static final String[] CREDENTIALS = {
        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
        "callpipeline.twilio.auth-token=test-token",
    };

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallPipelineStoreAutoConfiguration.class,
                    CallPipelineSpringAiAutoConfiguration.class, CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
                    CallPipelineProcessingAutoConfiguration.class))
            .withPropertyValues(CREDENTIALS);

    private static ChatModel anthropic() {
        return AnthropicChatModel.builder().options(AnthropicChatOptions.builder().apiKey("sk-ant-test")
                .model("claude-haiku-4-5").build()).build();
    }

    private static TranscriptionModel whisper() {
        return OpenAiAudioTranscriptionModel.builder().options(OpenAiAudioTranscriptionOptions.builder()
                .apiKey("sk-test").model("whisper-1").build()).build();
    }

    @Test
    void onePropertyPutsTheHostsChatModelInPlaceOfOursAndNoOpenAiKeyIsAskedForIt() {
        runner.withPropertyValues("callpipeline.spring-ai.enabled=true", "callpipeline.openai.api-key=sk-test")
                .withBean(ChatModel.class, CallPipelineSpringAiAutoConfigurationTest::anthropic)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Responder.class)).isInstanceOf(SpringAiResponder.class);
                    assertThat(context.getBean(Transcriber.class)).as("no Spring AI transcription model: ours")
                            .isInstanceOf(OpenAiTranscriber.class);
                });
    }

    @Test
    void withBothModelsNeitherOpenAiAdapterIsMadeAndTheHostsRecordIsAskedFor() {
        runner.withPropertyValues("callpipeline.spring-ai.enabled=true")
                .withBean(ChatModel.class, CallPipelineSpringAiAutoConfigurationTest::anthropic)
                .withBean(TranscriptionModel.class, CallPipelineSpringAiAutoConfigurationTest::whisper)
                .withBean(ExtractionSchema.class, () -> ExtractionSchema.of(CallPipelineAutoConfigurationTest.InsuranceLead.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(((SpringAiResponder) context.getBean(Responder.class)).extraction().name())
                            .isEqualTo("insurance-lead");
                    assertThat(((SpringAiTranscriber) context.getBean(Transcriber.class)).dialect())
                            .isInstanceOf(OpenAiTranscriptionDialect.class);
                });
    }

    @Test
    void withoutThePropertyTheModelsAreLeftToTheHostAndOursAnswer() {
        runner.withPropertyValues("callpipeline.openai.api-key=sk-test")
                .withBean(ChatModel.class, CallPipelineSpringAiAutoConfigurationTest::anthropic)
                .run(context -> assertThat(context.getBean(Responder.class)).isInstanceOf(OpenAiResponder.class));
    }

    @Test
    void thePropertyWithoutAnyModelStopsStartUpSayingWhatIsMissing() {
        runner.withPropertyValues("callpipeline.spring-ai.enabled=true", "callpipeline.openai.api-key=sk-test")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("no Spring AI ChatModel or TranscriptionModel"));
    }

    @Test
    void withoutTheModuleThePropertyChangesNothing() {
        runner.withClassLoader(new FilteredClassLoader("io.callpipeline.springai"))
                .withPropertyValues("callpipeline.spring-ai.enabled=true", "callpipeline.openai.api-key=sk-test")
                .run(context -> assertThat(context.getBean(Responder.class)).isInstanceOf(OpenAiResponder.class));
    }
}
