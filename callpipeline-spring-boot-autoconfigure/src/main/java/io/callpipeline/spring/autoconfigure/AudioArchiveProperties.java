package io.callpipeline.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Our own copy of each recording, silent where personal numbers were said, in place of Twilio's.
 *
 * @param directory      where the copies are kept (made private to the app's user); unset keeps
 *                       none, and the player streams Twilio's copy, personal numbers included. With
 *                       several instances, a directory they all share
 * @param deleteAtTwilio whether Twilio's copy is deleted once ours is kept and read back equal
 * @param silencePadding how much audio around a personal number's words is silenced too, for the
 *                       transcriber's imprecise word times
 * @param s3             an S3-compatible object store instead of a directory (with the
 *                       {@code callpipeline-archive-s3} module on the class path)
 */
@ConfigurationProperties("callpipeline.archive")
public record AudioArchiveProperties(
        Path directory,
        @DefaultValue("true") boolean deleteAtTwilio,
        @DefaultValue("250ms") Duration silencePadding,
        @DefaultValue S3 s3) {

    /**
     * The archive in an S3-compatible object store, which several instances share.
     *
     * @param bucket    the bucket; setting it chooses this store over a directory
     * @param endpoint  an S3-compatible store's URL (MinIO, Ceph, R2); AWS S3 itself when unset
     * @param region    the bucket's region
     * @param prefix    where in the bucket the recordings go
     * @param accessKey the access key; the AWS SDK's default chain (environment, profile, instance
     *                  role) when unset
     * @param secretKey its secret
     */
    public record S3(String bucket, java.net.URI endpoint, @DefaultValue("us-east-1") String region,
            @DefaultValue("recordings/") String prefix, String accessKey, String secretKey) {

        /** Without the secret: properties get logged and printed in error reports. */
        @Override
        public String toString() {
            return "S3[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + ", prefix=" + prefix
                    + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null || secretKey.isEmpty() ? "" : "****")
                    + "]";
        }
    }

    public AudioArchiveProperties {
        directory = directory == null || directory.toString().isBlank() ? null : directory;
        if (silencePadding.isNegative()) {
            throw new IllegalArgumentException("callpipeline.archive.silence-padding cannot be negative, got "
                    + silencePadding);
        }
    }
}
