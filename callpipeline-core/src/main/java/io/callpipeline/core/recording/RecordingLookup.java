package io.callpipeline.core.recording;

/**
 * Step 1: asks the provider whether a recording exists. The pipeline checks the answer against
 * the callback before it spends anything on download or transcription.
 */
@FunctionalInterface
public interface RecordingLookup {

    /**
     * @throws io.callpipeline.core.PermanentProcessingException with {@code recording_not_found}
     *         when the provider does not know it
     * @throws io.callpipeline.core.TransientProcessingException when the provider cannot answer now
     */
    RecordingInfo fetchRecording(String recordingSid);

    /**
     * The recording in this account (the callback's), for a source that reads several accounts; one
     * that reads one account ignores it.
     *
     * @param accountSid the account the callback named, or {@code null} when it named none
     */
    default RecordingInfo fetchRecording(String accountSid, String recordingSid) {
        return fetchRecording(recordingSid);
    }
}
