package io.callpipeline.crm.web;

/**
 * Every audio stream this instance allows is in use: 503 with {@code Retry-After}, so a player asks
 * again in a moment instead of waiting in a queue behind streams that may never end.
 */
public final class AudioBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AudioBusyException(int maxStreams) {
        super("All " + maxStreams + " audio streams of this server are in use; try again in a moment");
    }
}
