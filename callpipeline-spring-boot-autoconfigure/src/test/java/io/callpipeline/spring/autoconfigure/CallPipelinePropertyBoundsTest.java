package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.spring.processing.ProcessingLimit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A value a property cannot take stops start-up with the property's name and the value, and the value at the bound
 * is taken: one case per bound, each at the bound and just past it, so a host reads which line of its
 * configuration to mend.
 */
class CallPipelinePropertyBoundsTest {

    private static CallPipelineProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("callpipeline",
                CallPipelineProperties.class);
    }

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put("callpipeline." + keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    @ParameterizedTest(name = "{0}: {1} is taken, {2} is refused")
    @CsvSource({
        "processing.concurrency,         1,   0",
        "processing.min-concurrency,     1,   0",
        "processing.max-attempts,        1,   0",
        "processing.backoff-multiplier,  1.0, 0.99",
        "processing.initial-backoff,     1ms, 0s",
        "processing.max-backoff,         1ms, 0s",
        "processing.polling-interval,    1ms, 0s",
        "processing.heartbeat-interval,  1ms, 0s",
        "processing.overdue-after,       1ms, -1s",
        "processing.stall-after,         1ms, 0s",
        "webhook.store-timeout,          1ms, 0s",
        "webhook.store-threads,          1,   0",
        "reconciliation.interval,        1ms, 0s",
        "reconciliation.look-back,       1ms, 0s",
        "reconciliation.overlap,         0s,  -1s",
    })
    void aValuePastItsBoundIsRefusedWithThePropertysName(String property, String atBound, String past) {
        bind(pairs(property, atBound));

        assertThatThrownBy(() -> bind(pairs(property, past))).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callpipeline." + property);
    }

    @Test
    void theConcurrencyBoundsFollowEachOther() {
        bind(pairs("processing.min-concurrency", "3", "processing.initial-concurrency", "3",
                "processing.max-concurrency", "3"));

        assertThatThrownBy(() -> bind(pairs("processing.min-concurrency", "3", "processing.initial-concurrency", "2",
                "processing.max-concurrency", "8"))).rootCause()
                .hasMessageContaining("callpipeline.processing.initial-concurrency must be at least 3, got 2");
        assertThatThrownBy(() -> bind(pairs("processing.min-concurrency", "2", "processing.initial-concurrency", "4",
                "processing.max-concurrency", "3"))).rootCause()
                .hasMessageContaining("callpipeline.processing.max-concurrency must be at least 4, got 3");
    }

    @Test
    void anInstanceNameIsAtMostFiftyCharacters() {
        assertThat(bind(pairs("processing.instance-name", "a".repeat(50))).processing().instanceName()).hasSize(50);

        assertThatThrownBy(() -> bind(pairs("processing.instance-name", "a".repeat(51)))).rootCause()
                .hasMessageContaining("callpipeline.processing.instance-name must be at most 50 characters");
    }

    @Test
    void anotherAccountIsKeyedByItsSidAndNeedsItsToken() {
        String sid = "AC" + "1".repeat(32);
        assertThat(bind(pairs("twilio.accounts." + sid + ".auth-token", "t")).twilio().accounts()).containsKey(sid);

        assertThatThrownBy(() -> bind(pairs("twilio.accounts.AC123.auth-token", "t"))).rootCause()
                .hasMessageContaining("callpipeline.twilio.accounts.AC123: the key is an account SID");
        assertThatThrownBy(() -> bind(pairs("twilio.accounts." + sid + ".api-key-sid", "SK" + "2".repeat(32))))
                .rootCause().hasMessageContaining("callpipeline.twilio.accounts." + sid + ".auth-token is not set");
    }

    @Test
    void theLimitIsAdaptiveBetweenItsBoundsOrFixed() {
        ProcessingLimit adaptive = bind(pairs("processing.min-concurrency", "2", "processing.initial-concurrency", "3",
                "processing.max-concurrency", "7")).processing().limit();
        ProcessingLimit fixed = bind(pairs("processing.adaptive-concurrency", "false", "processing.concurrency", "5"))
                .processing().limit();

        assertThat(adaptive.current()).isEqualTo(3);
        assertThat(adaptive.max()).isEqualTo(7);
        assertThat(fixed.current()).isEqualTo(5);
        assertThat(fixed.max()).isEqualTo(5);
    }
}
