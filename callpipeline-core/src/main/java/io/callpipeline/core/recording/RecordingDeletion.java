package io.callpipeline.core.recording;

/**
 * Deletes a recording at the provider, for erasure on request and for the audio's retention window:
 * a recording left at the provider is a copy of what the caller said that no purge of ours reaches.
 * Deleting is idempotent: a recording already gone counts as deleted, so a retried deletion never
 * fails on its own earlier success.
 */
@FunctionalInterface
public interface RecordingDeletion {

    /**
     * @param accountSid   the account the recording is in, or {@code null} for the main one
     * @return {@code true} when this call deleted it, {@code false} when it was already gone
     * @throws io.callpipeline.core.TransientProcessingException when the provider cannot answer now (retry later)
     * @throws io.callpipeline.core.PermanentProcessingException when it refuses (e.g. credentials): no retry
     *         will succeed until someone acts
     */
    boolean delete(String accountSid, String recordingSid);
}
