package io.callpipeline.core.recording;

/**
 * Step 3: streams a recording's audio to a file in a directory the pipeline owns; never holds the
 * whole recording in memory.
 */
@FunctionalInterface
public interface MediaDownloader {

    /**
     * @throws io.callpipeline.core.CallPipelineException typed permanent (too large, unauthorised)
     *         or transient (not available yet, timeouts, 5xx)
     */
    AudioFile download(MediaRequest request);
}
