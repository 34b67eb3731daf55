package io.callpipeline.core.recording;

/**
 * Opens a recording's audio for a listener, a byte range at a time, so a CRM page can play and seek
 * a call without the provider's URL or credentials ever reaching the browser.
 */
@FunctionalInterface
public interface MediaStreamer {

    /**
     * @return the requested bytes; the caller closes it
     * @throws MediaRangeNotSatisfiableException when the range starts past the end of the audio
     * @throws io.callpipeline.core.CallPipelineException typed, when the audio cannot be had
     */
    MediaStream open(MediaStreamRequest request);

    /** The bytes of a recording of this account, for a streamer that reads several; {@code null} for its own. */
    default MediaStream open(String accountSid, MediaStreamRequest request) {
        return open(request);
    }
}
