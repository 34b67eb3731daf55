package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a RIFF/WAVE file's {@code data} chunk at sample-frame boundaries into pieces that are each
 * a complete WAV file with the original format.
 */
final class WavSplitter {

    private static final int HEADER = 44;

    private final long maxBytes;
    private final Path directory;

    WavSplitter(long maxBytes, Path directory) {
        this.maxBytes = maxBytes;
        this.directory = directory;
    }

    List<AudioPart> split(Path source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            byte[] riff = new byte[12];
            in.readFully(riff);
            if (!"RIFF".equals(new String(riff, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                    || !"WAVE".equals(new String(riff, 8, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The recording is not a RIFF/WAVE file");
            }
            byte[] fmt = null;
            while (true) {
                byte[] chunkHeader = new byte[8];
                in.readFully(chunkHeader);
                String id = new String(chunkHeader, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
                long size = ByteBuffer.wrap(chunkHeader, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
                if ("fmt ".equals(id)) {
                    fmt = new byte[(int) size];
                    in.readFully(fmt);
                    in.skipNBytes(size & 1);
                } else if ("data".equals(id)) {
                    if (fmt == null || fmt.length < 16) {
                        throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The WAV file has no format chunk");
                    }
                    return writeParts(in, fmt, size);
                } else {
                    in.skipNBytes(size + (size & 1));
                }
            }
        } catch (java.io.EOFException e) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The WAV file ends before its audio data", e);
        }
    }

    private List<AudioPart> writeParts(DataInputStream in, byte[] fmt, long dataSize) throws IOException {
        ByteBuffer format = ByteBuffer.wrap(fmt).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = format.getInt(8);
        int blockAlign = Short.toUnsignedInt(format.getShort(12));
        if (byteRate <= 0 || blockAlign <= 0) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The WAV format chunk is invalid");
        }
        long perPart = (maxBytes - HEADER) / blockAlign * blockAlign;
        if (perPart <= 0) {
            throw new PermanentProcessingException(ReasonCode.AUDIO_UNSPLITTABLE, "The upload limit is below one WAV frame");
        }
        List<AudioPart> parts = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        long remaining = dataSize;
        double offset = 0;
        while (remaining > 0) {
            long chunk = Math.min(perPart, remaining);
            Path path = directory.resolve("part" + parts.size() + ".wav");
            long copied = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                out.write(header(fmt, chunk));
                while (copied < chunk) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, chunk - copied));
                    if (n == -1) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    copied += n;
                }
            }
            if (copied < chunk) {
                patchSizes(path, fmt, copied);
                remaining = 0;
            } else {
                remaining -= chunk;
            }
            double seconds = (double) copied / byteRate;
            parts.add(new AudioPart(path, "audio/wav", HEADER + copied, offset, seconds));
            offset += seconds;
        }
        return parts;
    }

    private static void patchSizes(Path path, byte[] fmt, long dataBytes) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(header(fmt, dataBytes)), 0);
        }
    }

    /** A canonical 44-byte header: RIFF, the first 16 bytes of the original format, data. */
    private static byte[] header(byte[] fmt, long dataBytes) {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        h.put(fmt, 0, 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return h.array();
    }
}
