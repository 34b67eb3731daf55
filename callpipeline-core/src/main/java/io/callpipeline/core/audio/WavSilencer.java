package io.callpipeline.core.audio;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.transcription.TimeSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Silences stretches of a WAV recording in place of the personal numbers said there, leaving every
 * other byte as it was (the header, each chunk, every sample outside the stretches), so the audio we
 * keep is the recording minus what must not be kept, not a re-encoding of it. Works on the file's
 * own encoding: linear PCM of 8 to 32 bits, 32/64-bit float, μ-law and A-law (Twilio's WAV is 16-bit
 * PCM), each with its own value of silence; any number of channels, all silenced together.
 */
public final class WavSilencer {

    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int A_LAW = 6;
    private static final int MU_LAW = 7;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavSilencer() {
    }

    /** Where a WAV file's samples are, and how they are written. */
    record Layout(int format, int channels, int sampleRate, int bitsPerSample, int blockAlign, long dataOffset,
            long dataBytes) {

        long frames() {
            return dataBytes / blockAlign;
        }

        /** The bytes of one sample of silence in this encoding. */
        byte[] silentSample() {
            int bytes = bitsPerSample / 8;
            byte[] sample = new byte[bytes];
            if (format == PCM && bitsPerSample == 8) {
                Arrays.fill(sample, (byte) 0x80); // unsigned: the middle is silence
            } else if (format == MU_LAW) {
                Arrays.fill(sample, (byte) 0xFF);
            } else if (format == A_LAW) {
                Arrays.fill(sample, (byte) 0xD5);
            }
            return sample;
        }
    }

    /**
     * Writes {@code target}: {@code source} with each span (widened by {@code padSeconds} on both
     * sides, for the transcriber's imprecise word times) silent.
     *
     * @return how many frames were silenced
     * @throws PermanentProcessingException {@code audio_unreadable} for a file that is not a WAV of an
     *         encoding with a known silence
     */
    public static long silence(Path source, Path target, List<TimeSpan> spans, double padSeconds) {
        try {
            Layout layout = layout(source);
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            long silenced = 0;
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
                byte[] sample = layout.silentSample();
                byte[] frame = new byte[layout.blockAlign()];
                for (int at = 0; at + sample.length <= frame.length; at += sample.length) {
                    System.arraycopy(sample, 0, frame, at, sample.length);
                }
                for (TimeSpan span : spans) {
                    TimeSpan padded = span.widened(padSeconds);
                    long first = Math.max(0, (long) Math.floor(padded.start() * layout.sampleRate()));
                    long last = Math.min(layout.frames(), (long) Math.ceil(padded.end() * layout.sampleRate()));
                    if (last > first) {
                        silenced += fill(out, layout.dataOffset() + first * layout.blockAlign(), last - first, frame);
                    }
                }
            }
            return silenced;
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.AUDIO_SPLIT_IO,
                    "Could not write the redacted recording: " + e.getMessage(), e);
        }
    }

    private static long fill(FileChannel out, long position, long frames, byte[] frame) throws IOException {
        int perWrite = (int) Math.min(frames, 4096);
        ByteBuffer block = ByteBuffer.allocate(perWrite * frame.length);
        for (int i = 0; i < perWrite; i++) {
            block.put(frame);
        }
        long left = frames;
        long at = position;
        while (left > 0) {
            int now = (int) Math.min(left, perWrite);
            block.clear().limit(now * frame.length);
            while (block.hasRemaining()) {
                at += out.write(block, at);
            }
            left -= now;
        }
        return frames;
    }

    /** Reads the RIFF chunks up to the samples. */
    static Layout layout(Path wav) throws IOException {
        try (FileChannel in = FileChannel.open(wav, StandardOpenOption.READ)) {
            ByteBuffer riff = read(in, 0, 12);
            if (riff == null || !"RIFF".equals(ascii(riff, 0)) || !"WAVE".equals(ascii(riff, 8))) {
                throw unreadable("not a RIFF/WAVE file");
            }
            long at = 12;
            int format = -1;
            int channels = 0;
            int rate = 0;
            int bits = 0;
            int blockAlign = 0;
            while (true) {
                ByteBuffer chunk = read(in, at, 8);
                if (chunk == null) {
                    throw unreadable("no data chunk");
                }
                String id = ascii(chunk, 0);
                long size = Integer.toUnsignedLong(chunk.getInt(4));
                if ("fmt ".equals(id)) {
                    ByteBuffer fmt = read(in, at + 8, (int) Math.min(size, 40));
                    if (fmt == null || size < 16) {
                        throw unreadable("a short fmt chunk");
                    }
                    format = Short.toUnsignedInt(fmt.getShort(0));
                    channels = Short.toUnsignedInt(fmt.getShort(2));
                    rate = fmt.getInt(4);
                    blockAlign = Short.toUnsignedInt(fmt.getShort(12));
                    bits = Short.toUnsignedInt(fmt.getShort(14));
                    if (format == EXTENSIBLE && size >= 26) {
                        format = Short.toUnsignedInt(fmt.getShort(24)); // the sub-format GUID's first two bytes
                    }
                } else if ("data".equals(id)) {
                    if (format < 0) {
                        throw unreadable("samples before their format");
                    }
                    boolean known = (format == PCM && bits >= 8 && bits <= 32 && bits % 8 == 0)
                            || (format == FLOAT && (bits == 32 || bits == 64))
                            || ((format == MU_LAW || format == A_LAW) && bits == 8);
                    if (!known || channels < 1 || rate < 1 || blockAlign != channels * bits / 8) {
                        throw unreadable("an encoding without a known silence (format " + format + ", " + bits
                                + " bits)");
                    }
                    long dataBytes = Math.min(size, Math.max(0, in.size() - (at + 8)));
                    return new Layout(format, channels, rate, bits, blockAlign, at + 8, dataBytes);
                }
                at += 8 + size + (size & 1);
            }
        }
    }

    private static ByteBuffer read(FileChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static String ascii(ByteBuffer buffer, int at) {
        byte[] id = new byte[4];
        buffer.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static PermanentProcessingException unreadable(String why) {
        return new PermanentProcessingException(ReasonCode.AUDIO_UNREADABLE, "The WAV recording cannot be redacted: "
                + why);
    }
}
