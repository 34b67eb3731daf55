package io.callpipeline.core.transcription;

/**
 * Step 4: speech to text. The default talks to any OpenAI-compatible transcription endpoint
 * (OpenAI, Azure, or a self-hosted Whisper serving Hebrew models); a host can plug in any other.
 */
@FunctionalInterface
public interface Transcriber {

    /**
     * @throws io.callpipeline.core.CallPipelineException typed permanent (unreadable audio, bad key,
     *         no quota) or transient (rate limit, timeout, 5xx)
     */
    Transcript transcribe(TranscriptionRequest request);
}
