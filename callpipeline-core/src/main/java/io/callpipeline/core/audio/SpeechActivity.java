package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * How much of a recording is someone speaking, measured on the decoded samples before anyone is
 * paid to transcribe it. Whisper given a silent or hissing recording does not answer "nothing":
 * it invents a subtitle credit or a "תודה רבה". Measured here, such a call ends without a
 * transcription request at all.
 *
 * <p>The measure is an energy detector with a noise floor, per channel: the audio is cut into 20 ms
 * frames; a frame is active when its level stands {@value #ABOVE_FLOOR_DB} dB above the channel's
 * own floor (its 10th-percentile frame) and above an absolute {@value #MIN_LEVEL_DBFS} dBFS; only
 * runs of at least {@value #MIN_RUN_FRAMES} active frames count, so clicks and line pops do not.
 * Steady noise (hiss, hum, a fan) raises the floor with it and stays inactive. It reads WAV in any
 * encoding {@code javax.sound} decodes (linear PCM, µ-law, A-law); it does not decode MP3.
 *
 * @param seconds        the recording's length
 * @param speechSeconds  per channel, the seconds of active audio
 * @param noiseFloorDbfs per channel, the floor the activity was measured against
 */
public record SpeechActivity(double seconds, List<Double> speechSeconds, List<Double> noiseFloorDbfs) {

    static final double FRAME_SECONDS = 0.020;
    static final double ABOVE_FLOOR_DB = 12;
    static final double MIN_LEVEL_DBFS = -45;
    static final int MIN_RUN_FRAMES = 4;
    private static final double FLOOR_PERCENTILE = 0.10;
    private static final double SILENCE_DBFS = -120;

    public SpeechActivity {
        speechSeconds = List.copyOf(speechSeconds);
        noiseFloorDbfs = List.copyOf(noiseFloorDbfs);
    }

    /** The most speech on any one channel: someone spoke for this long. */
    public double mostSpeechSeconds() {
        return speechSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Whether the file is WAV, the one format measured here. */
    public static boolean measurable(Path file, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("wav") || file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wav");
    }

    /**
     * Measures a WAV file.
     *
     * @throws PermanentProcessingException {@code audio_unreadable} when the file is not WAV audio
     *         {@code javax.sound} can decode
     */
    public static SpeechActivity of(Path wav) {
        try (AudioInputStream source = SoundProviders.read(
                new BufferedInputStream(Files.newInputStream(wav), 1 << 16))) {
            try (AudioInputStream pcm = asPcm16(source)) {
                return measure(pcm);
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE,
                    "The WAV recording cannot be decoded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO,
                    "Could not read the downloaded recording: " + e.getMessage(), e);
        }
    }

    /** The stream as signed 16-bit little-endian PCM, converting µ-law, A-law and 8-bit audio. */
    static AudioInputStream asPcm16(AudioInputStream source) {
        AudioFormat in = source.getFormat();
        if (in.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && in.getSampleSizeInBits() == 16 && !in.isBigEndian()) {
            return source;
        }
        AudioFormat target = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, in.getSampleRate(), 16,
                in.getChannels(), in.getChannels() * 2, in.getSampleRate(), false);
        return SoundProviders.convert(target, source);
    }

    private static SpeechActivity measure(AudioInputStream pcm) throws IOException {
        AudioFormat format = pcm.getFormat();
        int channels = format.getChannels();
        int samplesPerFrame = Math.max(1, (int) Math.round(format.getSampleRate() * FRAME_SECONDS));
        List<double[]> levels = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            levels.add(new double[64]);
        }
        double[] sumSquares = new double[channels];
        int inFrame = 0;
        int frames = 0;
        long samples = 0;
        byte[] buffer = new byte[channels * 2 * 4096];
        InputStream in = pcm;
        int carried = 0;
        int read;
        while ((read = in.read(buffer, carried, buffer.length - carried)) != -1) {
            int available = carried + read;
            int whole = available / (channels * 2) * (channels * 2);
            for (int at = 0; at < whole; at += channels * 2) {
                for (int c = 0; c < channels; c++) {
                    int sample = (short) ((buffer[at + 2 * c] & 0xFF) | (buffer[at + 2 * c + 1] << 8));
                    sumSquares[c] += (double) sample * sample;
                }
                samples++;
                if (++inFrame == samplesPerFrame) {
                    frames = addFrame(levels, sumSquares, inFrame, frames);
                    inFrame = 0;
                }
            }
            carried = available - whole;
            System.arraycopy(buffer, whole, buffer, 0, carried);
        }
        if (inFrame > samplesPerFrame / 2) {
            frames = addFrame(levels, sumSquares, inFrame, frames);
        }
        List<Double> speech = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (double[] channel : levels) {
            double[] used = Arrays.copyOf(channel, frames);
            double floor = floor(used);
            floors.add(floor);
            speech.add(activeFrames(used, floor) * FRAME_SECONDS);
        }
        return new SpeechActivity(samples / (double) format.getSampleRate(), speech, floors);
    }

    private static int addFrame(List<double[]> levels, double[] sumSquares, int samples, int frames) {
        for (int c = 0; c < levels.size(); c++) {
            double[] channel = levels.get(c);
            if (frames == channel.length) {
                channel = Arrays.copyOf(channel, channel.length * 2);
                levels.set(c, channel);
            }
            double rms = Math.sqrt(sumSquares[c] / samples) / 32768.0;
            channel[frames] = rms <= 0 ? SILENCE_DBFS : Math.max(SILENCE_DBFS, 20 * Math.log10(rms));
            sumSquares[c] = 0;
        }
        return frames + 1;
    }

    private static double floor(double[] levels) {
        if (levels.length == 0) {
            return SILENCE_DBFS;
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.floor(FLOOR_PERCENTILE * (sorted.length - 1))];
    }

    private static int activeFrames(double[] levels, double floor) {
        double threshold = Math.max(floor + ABOVE_FLOOR_DB, MIN_LEVEL_DBFS);
        int counted = 0;
        int run = 0;
        for (double level : levels) {
            if (level >= threshold) {
                run++;
            } else {
                counted += run >= MIN_RUN_FRAMES ? run : 0;
                run = 0;
            }
        }
        return counted + (run >= MIN_RUN_FRAMES ? run : 0);
    }
}
