package io.callpipeline.core.pipeline;

import java.util.Locale;

/**
 * The timed steps of {@link CallRecordingPipeline}, named so a monitoring system can show where a
 * call's time goes (the provider round trips dominate: download and transcription).
 */
public enum PipelineStep {
    /** Fetch the recording's and the call's metadata and check they belong together. */
    VERIFY,
    /** Download the media to the call's temporary directory. */
    DOWNLOAD,
    /** Measure the speech in the downloaded audio (WAV only) before paying for a transcription. */
    LISTEN,
    /** Send the audio to the transcriber. */
    TRANSCRIBE,
    /** Check the transcript for gibberish. */
    CHECK,
    /**
     * Keep our own copy of the audio, silent where personal numbers were said, and delete the
     * provider's (only with an audio archive).
     */
    ARCHIVE,
    /** Ask the responder for the answer to the call. */
    RESPOND;

    /** The lower-case name used in metric tags, e.g. {@code transcribe}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
