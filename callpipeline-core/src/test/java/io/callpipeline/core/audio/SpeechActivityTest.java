package io.callpipeline.core.audio;

import static io.callpipeline.core.testing.Wavs.mix;
import static io.callpipeline.core.testing.Wavs.mono;
import static io.callpipeline.core.testing.Wavs.noise;
import static io.callpipeline.core.testing.Wavs.resource;
import static io.callpipeline.core.testing.Wavs.samples;
import static io.callpipeline.core.testing.Wavs.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.core.testing.Wavs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech measure on the recordings that make Whisper invent text (silence, hiss, hum, line
 * clicks) and on real speech (espeak-ng Hebrew), clean, in noise and µ-law encoded.
 */
class SpeechActivityTest {

    /** espeak-ng's sentence in {@code speech-he-8k.wav} lasts 4.78 s, with its own short pauses. */
    private static final double SPOKEN_SECONDS = 4.78;

    @TempDir
    Path dir;

    private SpeechActivity measure(byte[] wav) throws IOException {
        Path file = dir.resolve("RE1.wav");
        Files.write(file, wav);
        return SpeechActivity.of(file);
    }

    @Test
    void spokenHebrewIsMostOfItsSentence() throws IOException {
        SpeechActivity activity = measure(resource("speech-he-8k.wav"));

        assertThat(activity.seconds()).isCloseTo(6.28, within(0.01));
        assertThat(activity.mostSpeechSeconds()).isBetween(0.6 * SPOKEN_SECONDS, SPOKEN_SECONDS + 0.1);
    }

    @Test
    void digitalSilenceHissHumAndClicksHoldNoSpeech() throws IOException {
        short[] clicks = new short[(int) (20 * Wavs.RATE)];
        for (int second = 1; second < 20; second++) {
            for (int i = 0; i < 40; i++) {
                clicks[(int) (second * Wavs.RATE) + i] = (short) (i % 2 == 0 ? 20000 : -20000);
            }
        }

        assertThat(measure(mono(new short[(int) (20 * Wavs.RATE)])).mostSpeechSeconds()).as("silence").isZero();
        assertThat(measure(mono(noise(20, -50, 1))).mostSpeechSeconds()).as("quiet hiss").isLessThan(0.2);
        assertThat(measure(mono(noise(20, -25, 2))).mostSpeechSeconds()).as("loud hiss").isLessThan(0.2);
        assertThat(measure(mono(tone(20, 50, -20))).mostSpeechSeconds()).as("mains hum").isLessThan(0.2);
        assertThat(measure(mono(clicks)).mostSpeechSeconds()).as("line clicks").isZero();
    }

    @Test
    void speechInHissAndMuLawSpeechAreStillSpeech() throws IOException {
        short[] speech = samples(resource("speech-he-8k.wav"));
        double clean = measure(mono(speech)).mostSpeechSeconds();

        assertThat(measure(mono(mix(speech, noise(6.28, -45, 3)))).mostSpeechSeconds()).as("in hiss")
                .isGreaterThan(0.6 * clean);
        assertThat(measure(Wavs.muLaw(mono(speech))).mostSpeechSeconds()).as("µ-law")
                .isCloseTo(clean, within(0.3));
    }

    @Test
    void eachChannelIsMeasuredOnItsOwn() throws IOException {
        short[] speech = samples(resource("speech-he-8k.wav"));

        SpeechActivity activity = measure(Wavs.stereo(speech, new short[speech.length]));

        assertThat(activity.speechSeconds()).hasSize(2);
        assertThat(activity.speechSeconds().get(0)).isGreaterThan(2.5);
        assertThat(activity.speechSeconds().get(1)).isZero();
    }

    @Test
    void onlyWavIsMeasurableAndBytesThatAreNotWavAreUnreadable() throws IOException {
        assertThat(SpeechActivity.measurable(Path.of("RE1.wav"), "audio/x-wav")).isTrue();
        assertThat(SpeechActivity.measurable(Path.of("RE1.mp3"), "audio/mpeg")).isFalse();
        assertThatThrownBy(() -> measure(Mp3Frames.bytes(40)))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("audio_unreadable"));
    }
}
