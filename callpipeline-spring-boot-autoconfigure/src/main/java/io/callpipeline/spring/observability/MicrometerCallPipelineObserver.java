package io.callpipeline.spring.observability;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.pipeline.StepTiming;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turns what the starter reports into Micrometer meters, so an operator sees on the usual
 * dashboards whether Twilio's callbacks are being refused, how calls end and where their time goes:
 * <ul>
 *   <li>{@value #CALLBACKS} — counter, tag {@code status} (the HTTP answer: 200, 400, 403…);</li>
 *   <li>{@value #RUNS} — counter, tags {@code result} (completed, gibberish, rejected, failed,
 *       retrying, superseded: taken over by another run) and {@code reason} (the failure's reason code, {@code none} on success);</li>
 *   <li>{@value #STEPS} — timer, tags {@code step} (verify, download, transcribe, check, respond) and
 *       {@code result} ({@code ok} or the failure's reason code), only in an app without an
 *       {@code ObservationRegistry}: with one, the steps are observations and their timer is
 *       {@code callpipeline.step} ({@link DefaultStepObservationConvention}).</li>
 * </ul>
 * Reason codes are a small fixed vocabulary, so the tags stay bounded.
 */
public final class MicrometerCallPipelineObserver implements CallPipelineObserver {

    /** Webhook answers by HTTP status. */
    public static final String CALLBACKS = "callpipeline.webhook.callbacks";
    /** Processing runs by result. */
    public static final String RUNS = "callpipeline.runs";
    /** Time per pipeline step. */
    public static final String STEPS = "callpipeline.step.duration";

    private final MeterRegistry registry;
    private final boolean timeSteps;

    public MicrometerCallPipelineObserver(MeterRegistry registry) {
        this(registry, true);
    }

    /**
     * @param timeSteps whether this times the steps ({@value #STEPS}); not when they are observations, whose
     *                  timer ({@code callpipeline.step}) replaces it
     */
    public MicrometerCallPipelineObserver(MeterRegistry registry, boolean timeSteps) {
        this.registry = registry;
        this.timeSteps = timeSteps;
    }

    @Override
    public void callbackAnswered(int httpStatus) {
        Counter.builder(CALLBACKS).description("Recording callbacks answered, by HTTP status")
                .tag("status", Integer.toString(httpStatus)).register(registry).increment();
    }

    @Override
    public void runEnded(RunResult result, ReasonCode reason) {
        Counter.builder(RUNS).description("Processing runs of a call, by how they ended")
                .tag("result", result.tagValue())
                .tag("reason", reason == null ? "none" : reason.code())
                .register(registry).increment();
    }

    @Override
    public void stepEnded(StepTiming timing) {
        if (!timeSteps) {
            return;
        }
        Timer.builder(STEPS).description("Time taken by each pipeline step")
                .tag("step", timing.step().tagValue())
                .tag("result", timing.succeeded() ? "ok" : timing.failureReason().code())
                .register(registry).record(timing.duration());
    }
}
