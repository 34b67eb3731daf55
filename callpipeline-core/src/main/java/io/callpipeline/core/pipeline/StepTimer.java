package io.callpipeline.core.pipeline;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pipeline step and tells the {@link PipelineListener} how long it took and how it ended,
 * so the pipeline's own code stays about the steps. A failing listener never fails the call.
 */
final class StepTimer {

    private static final Logger log = LoggerFactory.getLogger(StepTimer.class);

    private final PipelineListener listener;

    StepTimer(PipelineListener listener) {
        this.listener = listener;
    }

    <T> T time(PipelineStep step, String recordingSid, Supplier<T> work) {
        long start = System.nanoTime();
        String failure = null;
        try {
            return work.get();
        } catch (CallPipelineException e) {
            failure = e.reasonCode();
            throw e;
        } catch (RuntimeException e) {
            failure = ReasonCode.UNEXPECTED_ERROR.code();
            throw e;
        } finally {
            tell(new StepTiming(recordingSid, step, Duration.ofNanos(System.nanoTime() - start), failure));
        }
    }

    private void tell(StepTiming timing) {
        try {
            listener.stepEnded(timing);
        } catch (RuntimeException e) {
            log.warn("Pipeline listener failed on {} of {}: {}", timing.step(), timing.recordingSid(), e.toString());
        }
    }
}
