package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.openai.OpenAiResponder;
import io.callpipeline.openai.OpenAiTranscriber;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * OpenAI's transcriber and responder come with callpipeline-openai, which the starter brings and a host of other
 * providers leaves out: without it on the class path the pipeline still starts on the host's own transcriber and
 * responder, and no OpenAI client or key is asked for.
 */
class CallPipelineOpenAiAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallPipelineStoreAutoConfiguration.class,
                    CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class,
                    CallPipelineProcessingAutoConfiguration.class))
            .withPropertyValues("callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                    "callpipeline.twilio.auth-token=test-token");

    private static final Transcriber HOSTS_TRANSCRIBER = request -> {
        throw new UnsupportedOperationException("not called at start-up");
    };

    private static final Responder HOSTS_RESPONDER = request -> {
        throw new UnsupportedOperationException("not called at start-up");
    };

    @Test
    void withCallpipelineOpenAiTheStartersDefaultsAreOpenAis() {
        runner.withPropertyValues("callpipeline.openai.api-key=sk-test").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Transcriber.class)).isInstanceOf(OpenAiTranscriber.class);
            assertThat(context.getBean(Responder.class)).isInstanceOf(OpenAiResponder.class);
        });
    }

    @Test
    void withoutItThePipelineRunsOnTheHostsOwnAndAsksForNoOpenAiKey() {
        runner.withClassLoader(new FilteredClassLoader("io.callpipeline.openai", "com.openai"))
                .withBean(Transcriber.class, () -> HOSTS_TRANSCRIBER)
                .withBean(Responder.class, () -> HOSTS_RESPONDER)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CallRecordingPipeline.class)
                            .doesNotHaveBean("callPipelineOpenAiClient");
                    assertThat(context.getBean(Transcriber.class)).isSameAs(HOSTS_TRANSCRIBER);
                    assertThat(context.getBean(Responder.class)).isSameAs(HOSTS_RESPONDER);
                });
    }

    @Test
    void withoutItAndWithoutAnyTranscriberStartUpNamesTheMissingPart() {
        runner.withClassLoader(new FilteredClassLoader("io.callpipeline.openai", "com.openai"))
                .withBean(Responder.class, () -> HOSTS_RESPONDER)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining(Transcriber.class.getName()));
    }
}
