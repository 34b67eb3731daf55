package io.callpipeline.core.pipeline;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one pipeline step and tells the {@link PipelineListener} how long it took and how it ended,
 * so the pipeline's own code stays about the steps. A failing listener never fails the call.
 */
final class StepTimer {

    private final PipelineListener listener;
    private final StepInstrumentation instrumentation;

    /** @param listener heard through {@link PipelineListener#all}, so one that throws is isolated once, there */
    StepTimer(PipelineListener listener, StepInstrumentation instrumentation) {
        this.listener = PipelineListener.all(List.of(listener));
        this.instrumentation = instrumentation;
    }

    <T> T time(PipelineStep step, String recordingSid, Supplier<T> work) {
        StepInstrumentation.StepScope scope = new StepInstrumentation.StepScope(step, recordingSid);
        return instrumentation.around(scope, () -> timed(scope, work));
    }

    private <T> T timed(StepInstrumentation.StepScope scope, Supplier<T> work) {
        long start = System.nanoTime();
        ReasonCode failure = null;
        boolean ended = true;
        try {
            return work.get();
        } catch (OwnershipCheck.TakenOver e) {
            ended = false; // cut short, not ended: nothing to time
            scope.stoppedByTakeover();
            throw e;
        } catch (CallPipelineException e) {
            failure = e.reason();
            scope.failed(failure);
            throw e;
        } catch (RuntimeException e) {
            failure = ReasonCode.UNEXPECTED_ERROR;
            scope.failed(failure);
            throw e;
        } finally {
            if (ended) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                listener.stepEnded(new StepTiming(scope.recordingSid(), scope.step(), took, failure));
            }
        }
    }
}
