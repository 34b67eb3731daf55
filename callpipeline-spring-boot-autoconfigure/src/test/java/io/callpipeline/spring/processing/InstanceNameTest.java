package io.callpipeline.spring.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.recording.RecordingSource;
import io.callpipeline.spring.autoconfigure.CallPipelineAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineOpenAiAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineProcessingAutoConfiguration;
import io.callpipeline.spring.autoconfigure.CallPipelineStoreAutoConfiguration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * Each instance has a name of its own in the queue: by default the host and the process id (two
 * JVMs on one machine differ, and so do two instances in one JVM), or the configured one; a job being run shows it in {@code picked_by}.
 */
class InstanceNameTest {

    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final CountDownLatch STARTED = new CountDownLatch(1);

    @Test
    void byDefaultTheHostAndTheProcessAndEachInstanceInOneJvmHasANameOfItsOwn() {
        String first = InstanceName.of(null).value();
        String second = InstanceName.of("").value();

        assertThat(first).contains("-" + ProcessHandle.current().pid()).hasSizeLessThanOrEqualTo(50);
        assertThat(second).contains("-" + ProcessHandle.current().pid() + "-").hasSizeLessThanOrEqualTo(50)
                .isNotEqualTo(first);
        assertThat(InstanceName.of("  crm-a  ").value()).isEqualTo("crm-a");
        assertThatThrownBy(() -> new InstanceName("x".repeat(51))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunningJobIsPickedByTheConfiguredName() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, CallPipelineStoreAutoConfiguration.class,
                        CallPipelineOpenAiAutoConfiguration.class, CallPipelineAutoConfiguration.class, CallPipelineProcessingAutoConfiguration.class))
                .withUserConfiguration(SlowTwilio.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:instance-${random.uuid};DB_CLOSE_DELAY=-1",
                        "callpipeline.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                        "callpipeline.twilio.auth-token=t", "callpipeline.openai.api-key=sk-test",
                        "callpipeline.processing.polling-interval=100ms", "callpipeline.reconciliation.enabled=false",
                        "callpipeline.processing.instance-name=crm-instance-a")
                .run(context -> {
                    try {
                        context.getBean(RecordingIntake.class).accept(TwilioRecordingCallback.parse(Map.of(
                                "AccountSid", "AC0123456789abcdef0123456789abcdef",
                                "CallSid", "CA0123456789abcdef0123456789abcdef",
                                "RecordingSid", "RE0123456789abcdef0123456789abcdef", "RecordingStatus", "completed")));
                        assertThat(STARTED.await(20, TimeUnit.SECONDS)).as("the job started").isTrue();

                        String pickedBy = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
                                "select picked_by from callpipeline_scheduled_tasks where picked = true", String.class);
                        assertThat(pickedBy).isEqualTo("crm-instance-a");
                    } finally {
                        RELEASE.countDown();
                    }
                });
    }

    /** A Twilio that holds the job at its first step until the test has looked. */
    @Configuration(proxyBeanMethods = false)
    static class SlowTwilio {

        @Bean
        RecordingSource slowTwilio() {
            return new RecordingSource() {
                @Override
                public RecordingInfo fetchRecording(String recordingSid) {
                    STARTED.countDown();
                    try {
                        RELEASE.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new RecordingInfo(recordingSid, "AC0123456789abcdef0123456789abcdef",
                            "CA0123456789abcdef0123456789abcdef", "absent", 0, 1, "RecordVerb", Instant.now());
                }

                @Override
                public CallDetails fetchCall(String callSid) {
                    return new CallDetails(callSid, "+972541234567", "+97235551234", CallDirection.INBOUND, Instant.now(), 5);
                }

                @Override
                public AudioFile download(MediaRequest request) {
                    throw new IllegalStateException("not reached");
                }
            };
        }
    }
}
