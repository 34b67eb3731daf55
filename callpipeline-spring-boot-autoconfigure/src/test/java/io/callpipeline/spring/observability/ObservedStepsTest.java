package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.pipeline.PipelineStep;
import io.callpipeline.core.pipeline.StepInstrumentation.StepScope;
import io.callpipeline.core.pipeline.StepTiming;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a step's observation says, and that the observer's own step timer steps aside for it. */
class ObservedStepsTest {

    private static StepScope scope(PipelineStep step) {
        return new StepScope(step, "RE1");
    }

    @Test
    void aStepIsAnObservationNamedAfterItWithItsResultAndRecording() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservedSteps steps = new ObservedSteps(registry, null);

        assertThat(steps.around(scope(PipelineStep.TRANSCRIBE), () -> "text")).isEqualTo("text");

        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo(DefaultStepObservationConvention.NAME)
                .that().hasContextualNameEqualTo("callpipeline transcribe")
                .hasLowCardinalityKeyValue("step", "transcribe").hasLowCardinalityKeyValue("result", "ok")
                .hasHighCardinalityKeyValue("recording.sid", "RE1").hasBeenStopped();
    }

    @Test
    void aFailingStepIsTaggedWithItsReasonCodeAndItsErrorKept() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        StepScope scope = scope(PipelineStep.RESPOND);
        PermanentProcessingException failure = new PermanentProcessingException(ReasonCode.RESPONSE_MALFORMED, "no");

        assertThatThrownBy(() -> new ObservedSteps(registry, null).around(scope, () -> {
            scope.failed(failure.reason()); // as the pipeline's timer says it before rethrowing
            throw failure;
        })).isSameAs(failure);

        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo(DefaultStepObservationConvention.NAME)
                .that().hasLowCardinalityKeyValue("result", "response_malformed").hasError(failure);
    }

    @Test
    void aHostsConventionRenamesTheStep() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        StepObservationConvention mine = new DefaultStepObservationConvention() {
            @Override
            public String getName() {
                return "crm.call.step";
            }
        };

        new ObservedSteps(registry, mine).around(scope(PipelineStep.CHECK), () -> null);

        TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("crm.call.step");
    }

    @Test
    void theObserversStepTimerStepsAsideWhenStepsAreObservations() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StepTiming timing = new StepTiming("RE1", PipelineStep.DOWNLOAD, Duration.ofMillis(40), null);

        new MicrometerCallPipelineObserver(meters, false).stepEnded(timing);
        assertThat(meters.find(MicrometerCallPipelineObserver.STEPS).timers()).isEmpty();

        new MicrometerCallPipelineObserver(meters).stepEnded(timing);
        assertThat(meters.get(MicrometerCallPipelineObserver.STEPS).tag("step", "download").tag("result", "ok").timer()
                .count()).isEqualTo(1);
    }
}
