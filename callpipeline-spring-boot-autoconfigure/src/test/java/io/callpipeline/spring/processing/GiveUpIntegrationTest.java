package io.callpipeline.spring.processing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A call that ran out of retries when the give-up itself cannot be saved (the database hiccups at
 * that moment): its job stays until the give-up is saved, so the call never waits "processing"
 * with nothing left to finish it.
 */
@SpringBootTest(classes = {StarterTestApplication.class, GiveUpIntegrationTest.FailingGiveUps.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GiveUpIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    static final AtomicInteger GIVE_UPS_TO_REFUSE = new AtomicInteger();
    static final AtomicInteger GIVE_UPS_REFUSED = new AtomicInteger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "give-up", 2);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    /** The store refuses the next give-up saves it is told to, as a database that is briefly down would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingGiveUps {
        @Bean
        static BeanPostProcessor failingGiveUps() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof TranscriptStore store) || !name.equals("jdbcTranscriptStore")) {
                        return bean;
                    }
                    return new TranscriptStore() {
                        @Override
                        public Optional<CallRecord> find(String recordingSid) {
                            return store.find(recordingSid);
                        }

                        @Override
                        public void save(CallRecord record) {
                            if (record.failure() != null
                                    && ReasonCode.RETRIES_EXHAUSTED.code().equals(record.failure().reasonCode())
                                    && GIVE_UPS_TO_REFUSE.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                GIVE_UPS_REFUSED.incrementAndGet();
                                throw new IllegalStateException("the database is not answering");
                            }
                            store.save(record);
                        }

                        @Override
                        public boolean saveIfAbsent(CallRecord record) {
                            return store.saveIfAbsent(record);
                        }
                    };
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGiveUpThatCannotBeSavedKeepsTheJobUntilItIs() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        GIVE_UPS_TO_REFUSE.set(1);
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        PROVIDERS.recording(recordingSid, callSid);
        String url = "http://localhost:" + port + "/webhook/handle_recording";
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(TwilioSignatures.signedPost(
                StubbedProviders.AUTH_TOKEN, url, StubbedProviders.callback(recordingSid, callSid)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        CallRecord record = store.find(recordingSid).orElseThrow();
        while (!record.stage().isTerminal() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            // the job count first: a job is removed only after its call's end is saved, so a call read as not
            // ended after the count was taken had its job when it was counted
            boolean refusedBefore = GIVE_UPS_REFUSED.get() > 0;
            Integer jobs = jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?",
                    Integer.class, recordingSid);
            record = store.find(recordingSid).orElseThrow();
            if (!record.stage().isTerminal() && refusedBefore) {
                assertThat(jobs).as("a call not yet ended keeps its job").isEqualTo(1);
            }
        }

        assertThat(GIVE_UPS_REFUSED.get()).as("the first give-up was refused").isEqualTo(1);
        assertThat(record.stage()).isEqualTo(ProcessingStage.FAILED);
        assertThat(record.failure().reasonCode()).isEqualTo(ReasonCode.RETRIES_EXHAUSTED.code());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?",
                        Integer.class, recordingSid)).as("an ended call's job is gone").isZero());
    }
}
