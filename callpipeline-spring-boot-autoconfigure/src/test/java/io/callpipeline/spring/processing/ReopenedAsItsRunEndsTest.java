package io.callpipeline.spring.processing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * A call reopened in the instant between its run saving it as failed and that run removing its job:
 * an agent's retry clicked as the call failed, or Twilio's final status arriving as the run of an
 * earlier one gave up. Whoever reopened it cannot move a job that is still running, and the run then
 * removes it; before the fix the call stayed reopened with no job, for ever (CI saw it once, from a
 * test that retried as soon as it saw the failure). The store here is the real one, wrapped so the
 * reopening happens exactly inside that instant, on another thread with its own transaction.
 */
@SpringBootTest(classes = StarterTestApplication.class)
@Import(ReopenedAsItsRunEndsTest.ReopenOnFailure.class)
class ReopenedAsItsRunEndsTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();

    /** What to do, on another thread, when a call is saved as failed; returns what it did. */
    static final AtomicReference<Function<CallRecord, Object>> AT_FAILURE = new AtomicReference<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "reopened", 2);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @Autowired
    TranscriptStore store;

    @Autowired
    FailedCallRetry retries;

    @Autowired
    RecordingIntake intake;

    private String recordingSid;
    private String callSid;
    private final AtomicReference<Object> reopening = new AtomicReference<>();

    @BeforeEach
    void newCall() {
        PROVIDERS.reset();
        recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        PROVIDERS.recording(recordingSid, callSid);
    }

    @AfterEach
    void disarm() {
        AT_FAILURE.set(null);
    }

    /** Arms the hook for this call's first failure, which then works the chat stub back. */
    private void atFirstFailure(Function<CallRecord, Object> reopen) {
        AT_FAILURE.set(failed -> {
            if (!failed.recordingSid().equals(recordingSid) || reopening.get() != null) {
                return null;
            }
            PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(StubbedProviders.chatCompletion())));
            Object result = reopen.apply(failed);
            reopening.set(result);
            return result;
        });
    }

    private CallRecord awaitCompleted() {
        return await().atMost(Duration.ofSeconds(30)).until(() -> store.find(recordingSid).orElseThrow(),
                record -> record.stage() == ProcessingStage.COMPLETED);
    }

    @Test
    void aRetryClickedAsThePermanentFailureIsSavedRunsTheCall() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        atFirstFailure(failed -> retries.retry(failed.recordingSid()));

        intake.accept(TwilioRecordingCallback.parse(StubbedProviders.callback(recordingSid, callSid)), Origin.CALLBACK);

        CallRecord done = awaitCompleted();
        assertThat(reopening.get()).isEqualTo(FailedCallRetry.Result.REQUEUED);
        assertThat(done.response()).isNotNull();
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void aRetryClickedAsTheGiveUpIsSavedRunsTheCall() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        atFirstFailure(failed -> retries.retry(failed.recordingSid()));

        intake.accept(TwilioRecordingCallback.parse(StubbedProviders.callback(recordingSid, callSid)), Origin.CALLBACK);

        awaitCompleted();
        assertThat(reopening.get()).isEqualTo(FailedCallRetry.Result.REQUEUED);
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void theFinalStatusArrivingAsTheEarlyOnesRunGivesUpRunsTheCall() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        Map<String, String> early = StubbedProviders.callback(recordingSid, callSid);
        early.put("RecordingStatus", "in-progress");
        atFirstFailure(failed -> intake.accept(
                TwilioRecordingCallback.parse(StubbedProviders.callback(recordingSid, callSid)), Origin.CALLBACK));

        intake.accept(TwilioRecordingCallback.parse(early), Origin.CALLBACK);

        CallRecord done = awaitCompleted();
        assertThat(reopening.get()).isEqualTo(RecordingIntake.Result.UPDATED);
        assertThat(done.event().recordingStatus()).isEqualTo("completed");
    }

    /** Wraps the app's store: a save of a failed call runs the armed hook on another thread first. */
    @TestConfiguration
    static class ReopenOnFailure {
        @Bean
        static BeanPostProcessor reopenOnFailure() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof TranscriptStore real)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(TranscriptStore.class.getClassLoader(),
                            new Class<?>[] {TranscriptStore.class}, (proxy, method, args) -> {
                                Object result;
                                try {
                                    result = method.invoke(real, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                                Function<CallRecord, Object> hook = AT_FAILURE.get();
                                if (hook != null && method.getName().equals("save") && args[0] instanceof CallRecord saved
                                        && saved.stage() == ProcessingStage.FAILED) {
                                    // the run that saved it waits here, before it removes its job
                                    CompletableFuture.supplyAsync(() -> hook.apply(saved)).get(20, TimeUnit.SECONDS);
                                }
                                return result;
                            });
                }
            };
        }
    }
}
