package io.callpipeline.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a running app with the starter's own store (H2): the intake's rehearsal reads through the
 * store the webhook uses, before the web server takes requests, and leaves neither a record nor a
 * job behind.
 */
@SpringBootTest(classes = {StarterTestApplication.class, IntakeRehearsalIntegrationTest.Recorder.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeRehearsalIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();

    /** What happened during start-up, in order. */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "rehearsal", 3);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    /** Notes each look-up the store is asked for, and the web server's start. */
    @TestConfiguration
    static class Recorder {
        @Bean
        static BeanPostProcessor recordLookUps() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof TranscriptStore store)) {
                        return bean;
                    }
                    return new TranscriptStore() {
                        @Override
                        public Optional<CallRecord> find(String recordingSid) {
                            EVENTS.add("find " + recordingSid);
                            return store.find(recordingSid);
                        }

                        @Override
                        public void save(CallRecord record) {
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

        @Bean
        ApplicationListener<WebServerInitializedEvent> recordWebServerStart() {
            return event -> EVENTS.add("web server started");
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRehearsalReadsBeforeTheWebServerStartsAndLeavesNothingBehind() {
        assertThat(EVENTS).startsWith("find " + RecordingIntake.REHEARSAL_SID, "web server started");
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_record where recording_sid = ?",
                Integer.class, RecordingIntake.REHEARSAL_SID)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?",
                Integer.class, RecordingIntake.REHEARSAL_SID)).isZero();
    }
}
