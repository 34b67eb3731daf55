package io.callpipeline.core.pipeline;

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
}
