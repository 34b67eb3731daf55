package io.callpipeline.core.recording;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Audio bytes on their way to a listener, with what an HTTP answer needs to describe them: the
 * type, which bytes these are, and the length of the whole recording when known.
 *
 * @param body        exactly the bytes {@code firstByte..lastByte}; closing it ends the download
 * @param contentType e.g. {@code audio/mpeg}
 * @param firstByte   the first byte's position in the whole recording
 * @param lastByte    the last byte's position (inclusive), or -1 when the length is unknown
 * @param totalBytes  the whole recording's length, or -1 when unknown
 */
public record MediaStream(InputStream body, String contentType, long firstByte, long lastByte, long totalBytes)
        implements Closeable {

    public MediaStream {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** How many bytes the body holds, or -1 when unknown. */
    public long length() {
        return lastByte < 0 ? -1 : lastByte - firstByte + 1;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
