package io.callpipeline.core.archive;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The default {@link AudioArchive}: one file per recording in a directory only this app's user can
 * read ({@code RE….wav}), with a small sidecar ({@code RE….kept}) saying its type, length and
 * SHA-256. A file is written beside its final name, forced to disk, moved into place in one step,
 * and read back before it counts as kept; a crash leaves either the old copy or the new one, never
 * half of one. Several instances share one only through a shared directory (NFS, a mounted volume).
 */
public final class DirectoryAudioArchive implements AudioArchive {

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final Path directory;

    /** @throws IllegalStateException when the directory cannot be made private to this user (the message says why) */
    public DirectoryAudioArchive(Path directory) {
        try {
            this.directory = PrivateDirectory.prepare(directory);
        } catch (IOException e) {
            throw new IllegalStateException("The audio archive's directory cannot be used: " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Kept keep(String recordingSid, Path audio, String contentType) {
        String sid = checked(recordingSid);
        Path target = file(sid, contentType);
        Path partial = directory.resolve(sid + ".partial");
        try {
            String written;
            try (InputStream in = Files.newInputStream(audio);
                    FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                MessageDigest digest = sha256();
                DigestInputStream hashing = new DigestInputStream(in, digest);
                OutputStream sink = Channels.newOutputStream(out);
                hashing.transferTo(sink);
                sink.flush();
                out.force(true);
                written = HexFormat.of().formatHex(digest.digest());
            }
            move(partial, target);
            String readBack = hash(target);
            if (!readBack.equals(written)) {
                Files.deleteIfExists(target);
                throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                        "The kept copy of recording " + sid + " did not read back as written");
            }
            Kept kept = new Kept(sid, contentType, Files.size(target), readBack);
            Path sidecar = directory.resolve(sid + ".kept");
            Path sidecarPartial = directory.resolve(sid + ".kept.partial");
            Files.writeString(sidecarPartial, contentType + "\n" + kept.bytes() + "\n" + readBack + "\n"
                    + target.getFileName() + "\n", StandardCharsets.UTF_8);
            move(sidecarPartial, sidecar);
            removeOtherFormats(sid, target);
            return kept;
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                    "Could not keep recording " + sid + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // left for the next keep to overwrite
            }
        }
    }

    @Override
    public Optional<Kept> find(String recordingSid) {
        String sid = checked(recordingSid);
        try {
            String[] lines = Files.readString(directory.resolve(sid + ".kept"), StandardCharsets.UTF_8).split("\n");
            if (lines.length < 4 || !lines[3].startsWith(sid + ".")) {
                return Optional.empty();
            }
            Path file = directory.resolve(lines[3]);
            if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(lines[1])) {
                return Optional.empty();
            }
            return Optional.of(new Kept(sid, lines[0], Long.parseLong(lines[1]), lines[2]));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // a sidecar cut short: what it describes is not kept
        }
    }

    @Override
    public boolean delete(String recordingSid) {
        String sid = checked(recordingSid);
        boolean deleted = false;
        try {
            deleted |= Files.deleteIfExists(directory.resolve(sid + ".kept"));
            deleted |= Files.deleteIfExists(directory.resolve(sid + ".wav"));
            deleted |= Files.deleteIfExists(directory.resolve(sid + ".mp3"));
            Files.deleteIfExists(directory.resolve(sid + ".partial"));
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                    "Could not delete the kept copy of recording " + sid + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    @Override
    public MediaStream open(MediaStreamRequest request) {
        Kept kept = find(request.recordingSid()).orElseThrow(() -> new PermanentProcessingException(
                ReasonCode.RECORDING_NOT_FOUND, "No kept copy of recording " + request.recordingSid()));
        long total = kept.bytes();
        if (request.firstByte() >= total) {
            throw new MediaRangeNotSatisfiableException(request.firstByte(), total);
        }
        long last = request.lastByte() == null ? total - 1 : Math.min(request.lastByte(), total - 1);
        try {
            FileChannel channel = FileChannel.open(file(kept.recordingSid(), kept.contentType()), StandardOpenOption.READ);
            channel.position(request.firstByte());
            InputStream body = new BoundedInputStream(Channels.newInputStream(channel), last - request.firstByte() + 1);
            return new MediaStream(body, kept.contentType(), request.firstByte(), last, total);
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                    "Could not read the kept copy of recording " + kept.recordingSid() + ": " + e.getMessage(), e);
        }
    }

    private Path file(String sid, String contentType) {
        boolean mp3 = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("mpeg");
        return directory.resolve(sid + (mp3 ? ".mp3" : ".wav"));
    }

    private void removeOtherFormats(String sid, Path kept) throws IOException {
        for (String extension : new String[] {".wav", ".mp3"}) {
            Path other = directory.resolve(sid + extension);
            if (!other.equals(kept)) {
                Files.deleteIfExists(other);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String checked(String recordingSid) {
        if (recordingSid == null || !SID.matcher(recordingSid).matches()) {
            throw new IllegalArgumentException("Not a recording identifier");
        }
        return recordingSid;
    }

    /** At most {@code left} bytes of the stream under it. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
