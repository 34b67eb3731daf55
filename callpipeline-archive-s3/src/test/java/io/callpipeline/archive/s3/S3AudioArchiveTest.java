package io.callpipeline.archive.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive in an S3-compatible store, through the AWS SDK v2 against an S3 bucket in WireMock
 * ({@link S3Fake}, S3's documented answers): kept only once read back equal, found, served by
 * ranges, forgotten; an unavailable store is a reason to try again, never a copy taken as kept.
 */
class S3AudioArchiveTest {

    private static final S3Fake S3 = new S3Fake();

    @RegisterExtension
    static WireMockExtension store = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(S3)).build();

    private static final String SID = "RE" + "b".repeat(32);

    @TempDir
    Path dir;

    private S3AudioArchive archive;

    @BeforeEach
    void bucket() {
        S3.objects.clear();
        S3.corruptOnRead = bytes -> bytes;
        S3.failWith = 0;
        store.stubFor(any(urlPathMatching("/calls/.*")).willReturn(aResponse().withTransformers(S3Fake.NAME)));
        archive = S3AudioArchive.builder().endpoint(URI.create(store.baseUrl())).region("il-central-1")
                .bucket("calls").credentials("test-access-key", "test-secret-key").build();
    }

    private Path audio(int bytes) throws Exception {
        byte[] data = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            data[i] = (byte) (i * 7);
        }
        return Files.write(dir.resolve("redacted.wav"), data);
    }

    @Test
    void aKeptRecordingIsAnObjectWithItsHashFoundServedByRangesAndForgotten() throws Exception {
        Path in = audio(5000);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(in)));

        AudioArchive.Kept kept = archive.keep(SID, in, "audio/x-wav");

        assertThat(kept).isEqualTo(new AudioArchive.Kept(SID, "audio/x-wav", 5000, sha256));
        S3Fake.StoredObject object = S3.objects.get("/calls/recordings/" + SID);
        assertThat(object.body()).isEqualTo(Files.readAllBytes(in));
        assertThat(object.contentType()).isEqualTo("audio/x-wav");
        assertThat(object.metadata()).containsEntry("sha256", sha256);
        assertThat(archive.find(SID)).contains(kept);

        try (MediaStream range = archive.open(new MediaStreamRequest(SID, 1000, 1999L))) {
            assertThat(range.body().readAllBytes()).isEqualTo(Arrays.copyOfRange(Files.readAllBytes(in), 1000, 2000));
            assertThat(range.totalBytes()).isEqualTo(5000);
        }
        assertThatThrownBy(() -> archive.open(new MediaStreamRequest(SID, 5000, null)))
                .isInstanceOf(MediaRangeNotSatisfiableException.class);

        assertThat(archive.delete(SID)).isTrue();
        assertThat(archive.find(SID)).isEmpty();
        assertThat(archive.delete(SID)).isFalse();
    }

    @Test
    void aCopyThatDoesNotReadBackEqualIsNotKeptAndIsRemoved() throws Exception {
        S3.corruptOnRead = bytes -> {
            byte[] copy = bytes.clone();
            copy[copy.length / 2] ^= 1;
            return copy;
        };

        assertThatThrownBy(() -> archive.keep(SID, audio(3000), "audio/x-wav"))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReasonCode.ARCHIVE_UNAVAILABLE));
        assertThat(S3.objects).isEmpty();
    }

    @Test
    void aStoreThatCannotAnswerIsAReasonToTryAgain() throws Exception {
        S3.failWith = 503;

        assertThatThrownBy(() -> archive.keep(SID, audio(100), "audio/x-wav"))
                .isInstanceOfSatisfying(TransientProcessingException.class,
                        e -> assertThat(e.getMessage()).contains("HTTP 503"));
        assertThatThrownBy(() -> archive.find(SID)).isInstanceOf(TransientProcessingException.class);
    }
}
