package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.elevenlabs.ElevenLabsTranscriber;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CallPipelineElevenLabsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallPipelineStoreAutoConfiguration.class,
                    CallPipelineElevenLabsAutoConfiguration.class, CallPipelineSpringAiAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class))
            .withPropertyValues("callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                    "callpipeline.twilio.auth-token=test-token", "callpipeline.openai.api-key=sk-test");

    @Test
    void anElevenLabsKeyMakesScribeTranscribeWhileOpenAiStillAnswers() {
        runner.withPropertyValues("callpipeline.elevenlabs.api-key=xi-test").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Transcriber.class)).isInstanceOf(ElevenLabsTranscriber.class);
            assertThat(context.getBean(Responder.class)).isInstanceOf(OpenAiResponder.class);
        });
    }

    @Test
    void withoutAKeyOrWithoutTheModuleOursTranscribes() {
        runner.withPropertyValues("callpipeline.elevenlabs.api-key= ")
                .run(context -> assertThat(context.getBean(Transcriber.class)).isInstanceOf(OpenAiTranscriber.class));
        runner.withClassLoader(new FilteredClassLoader("io.callpipeline.elevenlabs"))
                .withPropertyValues("callpipeline.elevenlabs.api-key=xi-test")
                .run(context -> assertThat(context.getBean(Transcriber.class)).isInstanceOf(OpenAiTranscriber.class));
    }

    @Test
    void aHostsOwnTranscriberStillWins() {
        Transcriber own = request -> { throw new UnsupportedOperationException(); };
        runner.withPropertyValues("callpipeline.elevenlabs.api-key=xi-test").withBean(Transcriber.class, () -> own)
                .run(context -> assertThat(context.getBean(Transcriber.class)).isSameAs(own));
    }
}
