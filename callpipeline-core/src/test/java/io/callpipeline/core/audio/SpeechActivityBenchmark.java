package io.callpipeline.core.audio;

import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.testing.Wavs;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * What measuring speech and splitting channels cost, per minute of Twilio-format audio, against
 * the bytes a WAV adds over an MP3 download, and what looking javax.sound's
 * providers up on each read cost. Run it outside the test suite with
 * {@code ./mvnw -q -pl callpipeline-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.core.audio.SpeechActivityBenchmark}.
 */
public final class SpeechActivityBenchmark {

    private static final int ROUNDS = 15;
    private static final int MINUTES = 10;
    private static final int OPENS = 200;

    private SpeechActivityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("speech-benchmark");
        short[] sentence = Wavs.samples(Wavs.resource("speech-he-8k.wav"));
        short[] call = new short[(int) (MINUTES * 60 * Wavs.RATE)];
        for (int i = 0; i < call.length; i++) {
            call[i] = sentence[i % sentence.length];
        }
        Path mono = dir.resolve("mono.wav");
        Files.write(mono, Wavs.mono(call));
        Path dual = dir.resolve("dual.wav");
        Files.write(dual, Wavs.stereo(call, Wavs.noise(MINUTES * 60, -55, 1)));
        System.out.printf("%d-minute recordings, 8 kHz 16-bit: mono %,d bytes (%,d a minute), dual %,d bytes;"
                + " an MP3 of the same minute at 32 kbit/s would be %,d bytes%n", MINUTES, Files.size(mono),
                Files.size(mono) / MINUTES, Files.size(dual), 32_000 / 8 * 60);
        for (int i = 0; i < 3; i++) {
            SpeechActivity.of(mono);
            split(dual);
        }
        report("measure speech, mono", () -> SpeechActivity.of(mono));
        report("measure speech, dual", () -> SpeechActivity.of(dual));
        report("split dual into two mono files", () -> split(dual));
        Path sentenceWav = dir.resolve("sentence.wav");
        Files.write(sentenceWav, Wavs.mono(sentence));
        System.out.printf("Opening a %.1f s recording, as AudioSystem does (a provider lookup over the class path,"
                + " %d jars here, each time) and with the providers looked up once:%n",
                sentence.length / (double) Wavs.RATE, jarsVisible());
        double[] lookedUpEachTime = new double[ROUNDS];
        double[] lookedUpOnce = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) { // interleaved, so both see the same machine
            lookedUpEachTime[i] = microsToOpen(() -> AudioSystem.getAudioInputStream(buffered(sentenceWav)));
            lookedUpOnce[i] = microsToOpen(() -> SoundProviders.read(buffered(sentenceWav)));
        }
        Arrays.sort(lookedUpEachTime);
        Arrays.sort(lookedUpOnce);
        System.out.printf("  AudioSystem %,.0f µs, looked up once %,.0f µs (medians of %d rounds of %d): %.1f times faster%n",
                lookedUpEachTime[ROUNDS / 2], lookedUpOnce[ROUNDS / 2], ROUNDS, OPENS,
                lookedUpEachTime[ROUNDS / 2] / lookedUpOnce[ROUNDS / 2]);
    }

    private static int jarsVisible() throws IOException {
        return Collections.list(Thread.currentThread().getContextClassLoader().getResources("META-INF/MANIFEST.MF")).size();
    }

    private interface Opening {
        AudioInputStream open() throws IOException, UnsupportedAudioFileException;
    }

    private static InputStream buffered(Path wav) throws IOException {
        return new BufferedInputStream(Files.newInputStream(wav), 1 << 16);
    }

    private static double microsToOpen(Opening opening) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < OPENS; i++) {
            try (AudioInputStream audio = opening.open()) {
                audio.getFormat();
            } catch (UnsupportedAudioFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - start) / 1e3 / OPENS;
    }

    private static void split(Path dual) {
        for (AudioFile side : ChannelSplitter.split(new AudioFile(dual, "audio/x-wav", 0))) {
            side.path().toFile().delete();
        }
    }

    private static void report(String label, Runnable work) {
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6 / MINUTES;
        }
        Arrays.sort(millis);
        System.out.printf("  %-32s %6.2f ms per minute of audio (median of %d; %.2f–%.2f)%n", label,
                millis[ROUNDS / 2], ROUNDS, millis[0], millis[ROUNDS - 1]);
    }
}
