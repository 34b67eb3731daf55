package io.callpipeline.archive.s3;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.privacy.MessageFree;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The {@link AudioArchive} in an S3-compatible object store (AWS S3, MinIO, Ceph, Cloudflare R2...),
 * which every instance of the app reads and writes: one object per recording, {@code {prefix}RE….wav},
 * with its SHA-256 in the object's metadata. An object counts as kept only once it has been read back
 * whole and hashed equal, since the provider's copy is deleted on the strength of it. Through the
 * AWS SDK v2 with the JDK's own HTTP client; checksums the store may not know (CRC trailers) are
 * sent only where S3 requires them, so stores that are not AWS accept the requests.
 */
public final class S3AudioArchive implements AudioArchive, AutoCloseable {

    /** The metadata key ({@code x-amz-meta-sha256}) the object's hash is kept under. */
    static final String SHA256 = "sha256";

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final boolean ownsClient;

    /** @param s3 a client the caller owns (and closes) */
    public S3AudioArchive(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, false);
    }

    private S3AudioArchive(S3Client s3, String bucket, String prefix, boolean ownsClient) {
        this.ownsClient = ownsClient;
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = requireText(bucket, "bucket");
        this.prefix = prefix == null ? "" : prefix;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Kept keep(String recordingSid, Path audio, String contentType) {
        String key = key(recordingSid);
        try {
            String sha256 = hash(Files.newInputStream(audio));
            long bytes = Files.size(audio);
            s3.putObject(put -> put.bucket(bucket).key(key).contentType(contentType).contentLength(bytes)
                    .metadata(Map.of(SHA256, sha256)), RequestBody.fromFile(audio));
            String readBack;
            try (InputStream in = s3.getObject(get -> get.bucket(bucket).key(key))) {
                readBack = hash(in);
            }
            if (!readBack.equals(sha256)) {
                s3.deleteObject(delete -> delete.bucket(bucket).key(key));
                throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                        "The kept copy of recording " + recordingSid + " did not read back as written");
            }
            return new Kept(recordingSid, contentType, bytes, sha256);
        } catch (SdkException e) {
            throw unavailable("keep", recordingSid, e);
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                    "Could not read recording " + recordingSid + " to keep it: " + MessageFree.describe(e), e);
        }
    }

    @Override
    public Optional<Kept> find(String recordingSid) {
        String key = key(recordingSid);
        try {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(key));
            String sha256 = head.metadata().get(SHA256);
            if (sha256 == null) {
                return Optional.empty(); // not one we wrote whole
            }
            return Optional.of(new Kept(recordingSid, head.contentType(), head.contentLength(), sha256));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("find", recordingSid, e);
        } catch (SdkException e) {
            throw unavailable("find", recordingSid, e);
        }
    }

    @Override
    public boolean delete(String recordingSid) {
        String key = key(recordingSid);
        boolean existed = find(recordingSid).isPresent();
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw unavailable("delete", recordingSid, e);
        }
        return existed;
    }

    @Override
    public MediaStream open(MediaStreamRequest request) {
        Kept kept = find(request.recordingSid()).orElseThrow(() -> new PermanentProcessingException(
                ReasonCode.RECORDING_NOT_FOUND, "No kept copy of recording " + request.recordingSid()));
        if (request.firstByte() >= kept.bytes()) {
            throw new MediaRangeNotSatisfiableException(request.firstByte(), kept.bytes());
        }
        long last = request.lastByte() == null ? kept.bytes() - 1 : Math.min(request.lastByte(), kept.bytes() - 1);
        String range = "bytes=" + request.firstByte() + "-" + last;
        try {
            ResponseInputStream<GetObjectResponse> body = s3.getObject(get -> get.bucket(bucket)
                    .key(key(request.recordingSid())).range(range));
            return new MediaStream(body, kept.contentType() == null ? "audio/x-wav" : kept.contentType(),
                    request.firstByte(), last, kept.bytes());
        } catch (SdkException e) {
            throw unavailable("read", request.recordingSid(), e);
        }
    }

    /** Closes the client when {@link #builder} made it; one handed in is the caller's to close. */
    @Override
    public void close() {
        if (ownsClient) {
            s3.close();
        }
    }

    private String key(String recordingSid) {
        if (recordingSid == null || !SID.matcher(recordingSid).matches()) {
            throw new IllegalArgumentException("Not a recording identifier");
        }
        return prefix + recordingSid;
    }

    private static TransientProcessingException unavailable(String what, String recordingSid, SdkException e) {
        String status = e instanceof S3Exception s3 ? " (HTTP " + s3.statusCode() + ")" : "";
        return new TransientProcessingException(ReasonCode.ARCHIVE_UNAVAILABLE,
                "The object store could not " + what + " recording " + recordingSid + status + ": "
                        + MessageFree.describe(e), e);
    }

    private static String hash(InputStream input) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(input, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The S3 archive needs a " + name);
        }
        return value;
    }

    /**
     * An S3 client for the archive: AWS by default (region and credentials from the environment's
     * usual chain), or any S3-compatible store at {@link #endpoint} (path-style addressing).
     */
    public static final class Builder {
        private URI endpoint;
        private String region = "us-east-1";
        private String bucket;
        private String prefix = "recordings/";
        private String accessKey;
        private String secretKey;

        private Builder() {
        }

        /** An S3-compatible store's URL, e.g. {@code http://minio:9000}; AWS itself when unset. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        /** Where in the bucket the recordings go; {@code recordings/} unless set. */
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** Static credentials; the SDK's default chain (environment, profile, instance role) when unset. */
        public Builder credentials(String accessKey, String secretKey) {
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }

        /** A new client and the archive on it (the client lives as long as the app). */
        public S3AudioArchive build() {
            AwsCredentialsProvider credentials = accessKey == null || accessKey.isBlank()
                    ? DefaultCredentialsProvider.builder().build()
                    : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
            var client = S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(region))
                    .credentialsProvider(credentials)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            if (endpoint != null) {
                client.endpointOverride(endpoint).forcePathStyle(true);
            }
            return new S3AudioArchive(client.build(), bucket, prefix, true);
        }
    }
}
