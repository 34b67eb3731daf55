package io.callpipeline.spring.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host hears of each call that background processing has ended for good, after it is saved: answered,
 * failed at once, or failed after its last retry; not of a run that will be retried. A listener that
 * throws does not change the call.
 */
@SpringBootTest(classes = {StarterTestApplication.class, CallEndedEventsTest.Host.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallEndedEventsTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    static final List<CallEnded> HEARD = new CopyOnWriteArrayList<>();
    static volatile boolean listenerThrows;

    /** The host's listener, as an app that notifies its agents would write it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Host {
        @Bean
        Object callEndedListener() {
            return new Object() {
                @EventListener
                void on(CallEnded ended) {
                    HEARD.add(ended);
                    if (listenerThrows) {
                        throw new IllegalStateException("the host's notifier is down");
                    }
                }
            };
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "call-ended", 2);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @BeforeEach
    void reset() {
        HEARD.clear();
        listenerThrows = false;
        PROVIDERS.server().stubFor(post(CHAT).willReturn(okJson(StubbedProviders.chatCompletion())));
    }

    private String call() throws Exception {
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        PROVIDERS.recording(recordingSid, callSid);
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(TwilioSignatures.signedPost(
                StubbedProviders.AUTH_TOKEN, "http://localhost:" + port + "/webhook/handle_recording",
                StubbedProviders.callback(recordingSid, callSid)), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(200);
        return recordingSid;
    }

    private List<CallEnded> heard(String recordingSid) {
        return HEARD.stream().filter(e -> e.recordingSid().equals(recordingSid)).toList();
    }

    @Test
    void anAnsweredCallIsHeardOnceWithItsSavedRecordAndAListenerThatThrowsChangesNothing() throws Exception {
        listenerThrows = true;
        String recordingSid = call();

        await().atMost(Duration.ofSeconds(30)).until(() -> !heard(recordingSid).isEmpty());
        CallEnded ended = heard(recordingSid).get(0);
        assertThat(ended.result()).isEqualTo(CallEnded.Result.COMPLETED);
        assertThat(ended.reasonCode()).isNull();
        assertThat(ended.record().response()).isNotNull();
        assertThat(ended.record()).isEqualTo(store.find(recordingSid).orElseThrow());
        assertThat(store.find(recordingSid).orElseThrow().stage()).isEqualTo(ProcessingStage.COMPLETED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> heard(recordingSid).size() == 1);
    }

    @Test
    void aCallThatFailsAtOnceOrAfterItsLastRetryIsHeardOnceAsFailedAndARetryIsNotHeard() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\",\"param\":null,"
                        + "\"code\":\"invalid_api_key\"}}")));
        String refused = call();
        await().atMost(Duration.ofSeconds(30)).until(() -> !heard(refused).isEmpty());
        assertThat(heard(refused)).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(CallEnded.Result.FAILED);
            assertThat(e.reasonCode()).isEqualTo(ReasonCode.OPENAI_UNAUTHORIZED.code());
        });

        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        String unavailable = call();
        await().atMost(Duration.ofSeconds(30)).until(() -> !heard(unavailable).isEmpty());
        assertThat(heard(unavailable)).as("the first, retried run told nothing; the give-up once")
                .singleElement().satisfies(e -> {
                    assertThat(e.result()).isEqualTo(CallEnded.Result.FAILED);
                    assertThat(e.reasonCode()).isEqualTo(ReasonCode.RETRIES_EXHAUSTED.code());
                    assertThat(e.record().stage()).isEqualTo(ProcessingStage.FAILED);
                });
    }
}
