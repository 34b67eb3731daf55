package io.callpipeline.core.audio;

import java.time.Duration;
import java.util.Objects;

/**
 * What is done with a downloaded WAV recording before it is transcribed.
 *
 * @param minSpeech     a recording with less speech than this on every channel is not transcribed
 *                      at all: it ends as gibberish ({@code no_speech_audio}) at no cost; zero turns
 *                      the measure off
 * @param splitChannels whether a two-channel recording is transcribed one channel at a time (the
 *                      caller's and the agent's words apart, each side billed: twice the audio
 *                      minutes of a mono call), rather than as one mixed track
 */
public record AudioSettings(Duration minSpeech, boolean splitChannels) {

    /** The default of {@link #minSpeech}, as text (a property's default). */
    public static final String DEFAULT_MIN_SPEECH = "500ms";

    /** The defaults: half a second of speech, channels split. */
    public static final AudioSettings DEFAULTS = new AudioSettings(Duration.parse("PT0.5S"), true);

    public AudioSettings {
        Objects.requireNonNull(minSpeech, "minSpeech");
        if (minSpeech.isNegative()) {
            throw new IllegalArgumentException("minSpeech must not be negative: " + minSpeech);
        }
    }

    /** {@link #minSpeech} in seconds. */
    public double minSpeechSeconds() {
        return minSpeech.toNanos() / 1e9;
    }
}
