package io.callpipeline.core.pipeline;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Hears the end of every pipeline step, so a host can time the steps (the starter feeds Micrometer)
 * without the core depending on a metrics library. Called on the processing thread: keep it fast,
 * and do not throw (a throwing listener is logged and ignored, never fails a call).
 */
@FunctionalInterface
public interface PipelineListener {

    /** The default: hears nothing. */
    PipelineListener NONE = timing -> { };

    void stepEnded(StepTiming timing);

    /**
     * One listener that tells each of {@code listeners} in turn; one that throws is logged and the
     * others still hear the step.
     */
    static PipelineListener all(List<? extends PipelineListener> listeners) {
        List<PipelineListener> each = List.copyOf(listeners);
        return timing -> {
            for (PipelineListener listener : each) {
                try {
                    listener.stepEnded(timing);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(PipelineListener.class).warn("Pipeline listener {} failed on {} of {}: {}",
                            listener.getClass().getName(), timing.step(), timing.recordingSid(), e.toString());
                }
            }
        };
    }
}
