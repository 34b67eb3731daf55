package io.callpipeline.core.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Builds WAV recordings for tests: Twilio's 8 kHz 16-bit PCM, or the committed espeak-ng ones. */
public final class Wavs {

    public static final float RATE = 8000f;

    private Wavs() {
    }

    /** A committed recording from {@code src/test/resources/audio}. */
    public static byte[] resource(String name) {
        try (InputStream in = Wavs.class.getResourceAsStream("/audio/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test recording " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gaussian noise at {@code dbfs} (RMS), seeded so a test hears the same hiss every run. */
    public static short[] noise(double seconds, double dbfs, long seed) {
        Random random = new Random(seed);
        double rms = 32768 * Math.pow(10, dbfs / 20);
        short[] samples = new short[(int) (seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = clip(random.nextGaussian() * rms);
        }
        return samples;
    }

    /** A steady tone (a hum) at {@code dbfs} (RMS). */
    public static short[] tone(double seconds, double hertz, double dbfs) {
        double peak = 32768 * Math.pow(10, dbfs / 20) * Math.sqrt(2);
        short[] samples = new short[(int) (seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = clip(peak * Math.sin(2 * Math.PI * hertz * i / RATE));
        }
        return samples;
    }

    /** The samples of a committed mono recording. */
    public static short[] samples(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            byte[] pcm = in.readAllBytes();
            short[] samples = new short[pcm.length / 2];
            ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many channels a WAV file has. */
    public static int channels(byte[] wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return in.getFormat().getChannels();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code b} into {@code a}, sample by sample. */
    public static short[] mix(short[] a, short[] b) {
        short[] mixed = new short[Math.max(a.length, b.length)];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = clip((i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0));
        }
        return mixed;
    }

    /** A mono 16-bit PCM WAV file. */
    public static byte[] mono(short[] samples) {
        return interleaved(1, samples);
    }

    /** A two-channel 16-bit PCM WAV file: {@code first} on channel 1, {@code second} on channel 2. */
    public static byte[] stereo(short[] first, short[] second) {
        int frames = Math.max(first.length, second.length);
        short[] both = new short[frames * 2];
        for (int i = 0; i < frames; i++) {
            both[2 * i] = i < first.length ? first[i] : 0;
            both[2 * i + 1] = i < second.length ? second[i] : 0;
        }
        return interleaved(2, both);
    }

    /** The same audio µ-law encoded, as some telephony WAV files are. */
    public static byte[] muLaw(byte[] pcmWav) {
        try (AudioInputStream pcm = AudioSystem.getAudioInputStream(new ByteArrayInputStream(pcmWav))) {
            AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, RATE, 8, pcm.getFormat().getChannels(),
                    pcm.getFormat().getChannels(), RATE, false);
            return write(AudioSystem.getAudioInputStream(ulaw, pcm));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] interleaved(int channels, short[] samples) {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        pcm.asShortBuffer().put(samples);
        AudioFormat format = new AudioFormat(RATE, 16, channels, true, false);
        return write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, samples.length / channels));
    }

    private static byte[] write(AudioInputStream audio) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
