package io.callpipeline.core.transcription;

/**
 * Who said a segment, known from the channel of a dual-channel recording (Twilio puts the caller on
 * the first channel and the called side on the second); a mono recording's segments have none.
 */
public enum Speaker {
    /** The person who phoned the agency. */
    CALLER,
    /** The agent who answered. */
    AGENT;

    /** The speaker of a dual-channel recording's channel (0-based), or {@code null} past the second. */
    public static Speaker ofChannel(int channel) {
        return channel == 0 ? CALLER : channel == 1 ? AGENT : null;
    }
}
