package io.callpipeline.core.event;

import java.util.Set;

/**
 * The words the pipeline understands for how a recording stands, whoever recorded it. An adapter
 * translates its provider's statuses into these (Twilio's own words happen to be these), so the
 * pipeline decides by one vocabulary: {@code completed} has media to process; {@code absent},
 * {@code failed} and {@code deleted} ended without media and are recorded as such; any other word
 * ({@code in-progress}, {@code processing}, one a provider adds later) means not finished yet.
 */
public final class RecordingStatus {

    /** Media exists and can be processed. */
    public static final String COMPLETED = "completed";
    /** Nothing was kept: too short or silent. */
    public static final String ABSENT = "absent";
    /** The provider failed to record. */
    public static final String FAILED = "failed";
    /** The media was deleted before it could be processed. */
    public static final String DELETED = "deleted";

    private static final Set<String> ENDED_WITHOUT_MEDIA = Set.of(ABSENT, FAILED, DELETED);

    private RecordingStatus() {
    }

    /** Whether the recording is finished and its media can be processed. */
    public static boolean isCompleted(String status) {
        return COMPLETED.equals(status);
    }

    /** Whether the recording ended without media: a final state, never downloaded. */
    public static boolean endedWithoutMedia(String status) {
        return status != null && ENDED_WITHOUT_MEDIA.contains(status);
    }

    /** Whether the word says the recording is still under way (not completed, not ended without media). */
    public static boolean isPending(String status) {
        return status != null && !isCompleted(status) && !endedWithoutMedia(status);
    }
}
