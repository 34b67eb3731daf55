package io.callpipeline.core.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes MP3 audio for tests without an encoder: MPEG-2.5 layer III frames, 8 kHz mono at 32 kbit/s
 * (what a phone recording compresses to), 288 bytes and 72 ms each, with empty (silent) payloads.
 */
public final class Mp3Frames {

    /** Bytes in one frame. */
    public static final int FRAME_BYTES = 288;
    /** Seconds in one frame: 576 samples at 8 kHz. */
    public static final double FRAME_SECONDS = 576.0 / 8000;

    private static final byte[] HEADER = {(byte) 0xFF, (byte) 0xE3, (byte) 0x48, (byte) 0xC0};

    private Mp3Frames() {
    }

    /** {@code count} frames in memory; for short clips only. */
    public static byte[] bytes(int count) {
        byte[] audio = new byte[count * FRAME_BYTES];
        for (int i = 0; i < count; i++) {
            System.arraycopy(HEADER, 0, audio, i * FRAME_BYTES, HEADER.length);
        }
        return audio;
    }

    /** Writes {@code count} frames to {@code file}, streaming, for long recordings. */
    public static Path write(Path file, long count) throws IOException {
        byte[] frame = bytes(1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(frame);
            }
        }
        return file;
    }
}
