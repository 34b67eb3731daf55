package io.callpipeline.crm.web;

/**
 * The call's audio was deleted when it outlived its retention window: 410 Gone, so the player can
 * say so instead of "not found", and nobody retries.
 */
public class AudioDeletedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AudioDeletedException(long callId) {
        super("The audio of call " + callId + " was deleted at the end of its retention window");
    }
}
