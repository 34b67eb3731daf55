package io.callpipeline.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory archive keeps a recording whole or not at all, serves byte ranges, and forgets on request. */
class DirectoryAudioArchiveTest {

    private static final String SID = "RE" + "a".repeat(32);

    @TempDir
    Path dir;

    private Path audio(int bytes) throws IOException {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) i;
        }
        return Files.write(dir.resolve("in.wav"), data);
    }

    @Test
    void aKeptCopyIsFoundWithItsLengthAndHashAndServedByRanges() throws Exception {
        DirectoryAudioArchive archive = new DirectoryAudioArchive(dir.resolve("archive"));
        Path in = audio(1000);

        AudioArchive.Kept kept = archive.keep(SID, in, "audio/x-wav");

        assertThat(kept.bytes()).isEqualTo(1000);
        assertThat(kept.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in))));
        assertThat(archive.find(SID)).contains(kept);
        try (MediaStream range = archive.open(new MediaStreamRequest(SID, 100, 199L))) {
            assertThat(range.body().readAllBytes()).isEqualTo(Arrays.copyOfRange(Files.readAllBytes(in), 100, 200));
            assertThat(range.totalBytes()).isEqualTo(1000);
            assertThat(range.lastByte()).isEqualTo(199);
        }
        try (MediaStream rest = archive.open(new MediaStreamRequest(SID, 990, null))) {
            assertThat(rest.body().readAllBytes()).hasSize(10);
        }
        assertThatThrownBy(() -> archive.open(new MediaStreamRequest(SID, 1000, null)))
                .isInstanceOf(MediaRangeNotSatisfiableException.class);
        assertThat(Files.list(dir.resolve("archive")).map(p -> p.getFileName().toString()))
                .as("no partial file left").containsExactlyInAnyOrder(SID + ".wav", SID + ".kept");
    }

    @Test
    void aCopyWhoseFileWasCutShortOrRemovedCountsAsNotKeptAndDeletingForgetsIt() throws Exception {
        DirectoryAudioArchive archive = new DirectoryAudioArchive(dir.resolve("archive"));
        archive.keep(SID, audio(500), "audio/x-wav");

        Files.write(dir.resolve("archive").resolve(SID + ".wav"), new byte[10]);
        assertThat(archive.find(SID)).isEmpty();

        archive.keep(SID, audio(500), "audio/x-wav");
        assertThat(archive.delete(SID)).isTrue();
        assertThat(archive.find(SID)).isEmpty();
        assertThat(archive.delete(SID)).isFalse();
        assertThatThrownBy(() -> archive.open(MediaStreamRequest.whole(SID)))
                .isInstanceOf(PermanentProcessingException.class);
    }

    @Test
    void anIdThatCouldLeaveTheDirectoryIsRefused() throws Exception {
        DirectoryAudioArchive archive = new DirectoryAudioArchive(dir.resolve("archive"));
        assertThatThrownBy(() -> archive.keep("../x", audio(10), "audio/x-wav"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.find("a/b")).isInstanceOf(IllegalArgumentException.class);
    }
}
