package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.AudioFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Turns a multi-channel WAV (Twilio's dual-channel recording: the caller on the first channel, the
 * agent on the second) into one mono 16-bit PCM WAV per channel, streaming, so each side can be
 * transcribed on its own and who said what is known from the channel rather than guessed.
 */
public final class ChannelSplitter {

    private static final int HEADER = 44;

    private ChannelSplitter() {
    }

    /**
     * @return one file per channel, in channel order, next to the source ({@code RE…-ch1.wav}, …)
     * @throws PermanentProcessingException {@code audio_unreadable} when the file is not decodable WAV
     */
    public static List<AudioFile> split(AudioFile wav) {
        Path source = wav.path();
        String base = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<Path> targets = new ArrayList<>();
        try (AudioInputStream decoded = SoundProviders.read(
                new BufferedInputStream(Files.newInputStream(source), 1 << 16));
                AudioInputStream pcm = SpeechActivity.asPcm16(decoded)) {
            AudioFormat format = pcm.getFormat();
            int channels = format.getChannels();
            List<OutputStream> outs = new ArrayList<>();
            try {
                for (int c = 0; c < channels; c++) {
                    Path target = source.resolveSibling(base + "-ch" + (c + 1) + ".wav");
                    targets.add(target);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                    outs.add(out);
                    out.write(new byte[HEADER]);
                }
                long frames = copy(pcm, outs, channels);
                for (OutputStream out : outs) {
                    out.close();
                }
                for (Path target : targets) {
                    writeHeader(target, format.getSampleRate(), frames);
                }
            } finally {
                for (OutputStream out : outs) {
                    out.close();
                }
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE,
                    "The WAV recording cannot be decoded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO,
                    "Could not split the recording's channels: " + e.getMessage(), e);
        }
        List<AudioFile> files = new ArrayList<>();
        for (Path target : targets) {
            files.add(new AudioFile(target, "audio/x-wav", target.toFile().length()));
        }
        return files;
    }

    private static long copy(AudioInputStream pcm, List<OutputStream> outs, int channels) throws IOException {
        int frameBytes = channels * 2;
        byte[] buffer = new byte[frameBytes * 4096];
        int carried = 0;
        long frames = 0;
        int read;
        while ((read = pcm.read(buffer, carried, buffer.length - carried)) != -1) {
            int available = carried + read;
            int whole = available / frameBytes * frameBytes;
            for (int at = 0; at < whole; at += frameBytes) {
                for (int c = 0; c < channels; c++) {
                    outs.get(c).write(buffer, at + 2 * c, 2);
                }
            }
            frames += whole / frameBytes;
            carried = available - whole;
            System.arraycopy(buffer, whole, buffer, 0, carried);
        }
        return frames;
    }

    private static void writeHeader(Path target, float sampleRate, long frames) throws IOException {
        long dataBytes = frames * 2;
        int rate = Math.round(sampleRate);
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes).flip();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.write(header, 0);
        }
    }
}
