package io.callpipeline.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The callback is stored on a thread of its own; the request's observation must be current there, each request's
 * own even when one storing thread serves them one after another, and none left behind once it is stored.
 */
class ObservedCallbackContextTest {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private Observation storedUnder(StorageDeadline deadline, String request) throws StorageDeadline.Missed {
        Observation callback = Observation.start(request, registry);
        try (Observation.Scope scope = callback.openScope()) {
            return deadline.call(registry::getCurrentObservation);
        } finally {
            callback.stop();
        }
    }

    @Test
    void eachCallbackIsStoredUnderItsOwnRequestOnAReusedThread() throws Exception {
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 1, () -> { },
                new ObservedCallbackContext(registry))) {
            assertThat(storedUnder(deadline, "first callback").getContext().getName()).isEqualTo("first callback");
            assertThat(storedUnder(deadline, "second callback").getContext().getName()).isEqualTo("second callback");
            assertThat(deadline.call(registry::getCurrentObservation)).as("nothing left on the storing thread").isNull();
        }
    }

    @Test
    void withoutItTheStoringThreadKnowsNoRequest() throws Exception {
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 1, () -> { }, CallbackContext.NONE)) {
            assertThat(storedUnder(deadline, "callback")).isNull();
        }
    }
}
