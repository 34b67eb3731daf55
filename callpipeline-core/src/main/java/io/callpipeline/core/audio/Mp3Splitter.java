package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MPEG audio frame by frame (MPEG-1, -2 and -2.5, layers I–III) and writes them into pieces
 * below a byte limit. ID3v2 tags and stray bytes between frames are skipped.
 */
final class Mp3Splitter {

    private static final int[][] BITRATES_KBPS = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},  // MPEG-1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},     // MPEG-1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},      // MPEG-1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},     // MPEG-2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},          // MPEG-2/2.5 layers II, III
    };
    private static final int[] MPEG1_RATES = {44100, 48000, 32000};

    private final long maxBytes;
    private final Path directory;

    Mp3Splitter(long maxBytes, Path directory) {
        this.maxBytes = maxBytes;
        this.directory = directory;
    }

    List<AudioPart> split(Path source) throws IOException {
        List<AudioPart> parts = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            skipId3(in);
            PartWriter writer = null;
            long offsetSamples = 0;
            byte[] frame = new byte[8192];
            int header = 0;
            int have = 0;
            for (int b; (b = in.read()) != -1; ) {
                header = (header << 8) | b;
                if (++have < 4) {
                    continue;
                }
                Frame f = Frame.parse(header);
                if (f == null) {
                    continue;
                }
                if (f.length > maxBytes) {
                    throw new PermanentProcessingException(ReasonCode.AUDIO_UNSPLITTABLE, "An MP3 frame is larger than the limit");
                }
                writeHeader(frame, header);
                try {
                    in.readFully(frame, 4, f.length - 4);
                } catch (EOFException truncatedLastFrame) {
                    break;
                }
                if (writer != null && writer.size + f.length > maxBytes) {
                    parts.add(writer.close(offsetSamples));
                    offsetSamples += writer.samples;
                    writer = null;
                }
                if (writer == null) {
                    writer = new PartWriter(directory.resolve(source.getFileName() + ".part" + parts.size() + ".mp3"),
                            f.sampleRate);
                }
                writer.write(frame, f.length, f.samples);
                have = 0;
                header = 0;
            }
            if (writer != null) {
                parts.add(writer.close(offsetSamples));
            }
        }
        if (parts.isEmpty()) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The recording holds no MP3 frames");
        }
        return parts;
    }

    private static void writeHeader(byte[] frame, int header) {
        frame[0] = (byte) (header >>> 24);
        frame[1] = (byte) (header >>> 16);
        frame[2] = (byte) (header >>> 8);
        frame[3] = (byte) header;
    }

    static void skipId3(DataInputStream in) throws IOException {
        in.mark(10);
        byte[] tag = new byte[10];
        int read = in.read(tag);
        if (read == 10 && tag[0] == 'I' && tag[1] == 'D' && tag[2] == '3') {
            long size = ((tag[6] & 0x7f) << 21) | ((tag[7] & 0x7f) << 14) | ((tag[8] & 0x7f) << 7) | (tag[9] & 0x7f);
            boolean footer = (tag[5] & 0x10) != 0;
            in.skipNBytes(size + (footer ? 10 : 0));
        } else {
            in.reset();
        }
    }

    /** One frame header, decoded. */
    record Frame(int length, int samples, int sampleRate) {

        static Frame parse(int h) {
            if ((h >>> 21) != 0x7FF) {
                return null;
            }
            int version = (h >>> 19) & 0x3;   // 0: MPEG-2.5, 2: MPEG-2, 3: MPEG-1
            int layer = (h >>> 17) & 0x3;     // 1: III, 2: II, 3: I
            int bitrateIndex = (h >>> 12) & 0xF;
            int rateIndex = (h >>> 10) & 0x3;
            int padding = (h >>> 9) & 0x1;
            if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null;
            }
            boolean mpeg1 = version == 3;
            int sampleRate = MPEG1_RATES[rateIndex] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
            int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
            int bitrate = BITRATES_KBPS[table][bitrateIndex] * 1000;
            if (layer == 3) {
                return new Frame((12 * bitrate / sampleRate + padding) * 4, 384, sampleRate);
            }
            int samples = layer == 2 || mpeg1 ? 1152 : 576;
            return new Frame(samples / 8 * bitrate / sampleRate + padding, samples, sampleRate);
        }
    }

    /**
     * A piece being written. Time is counted in samples, not summed seconds, so three hours of
     * 72 ms frames add up without rounding drift (a phone recording keeps one sample rate).
     */
    private static final class PartWriter {
        private final Path path;
        private final OutputStream out;
        private final int sampleRate;
        private long size;
        private long samples;

        PartWriter(Path path, int sampleRate) throws IOException {
            this.path = path;
            this.sampleRate = sampleRate;
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        }

        void write(byte[] frame, int length, int frameSamples) throws IOException {
            out.write(frame, 0, length);
            size += length;
            samples += frameSamples;
        }

        AudioPart close(long offsetSamples) throws IOException {
            out.close();
            return new AudioPart(path, "audio/mpeg", size, (double) offsetSamples / sampleRate,
                    (double) samples / sampleRate);
        }
    }

}
