package io.callpipeline.core.recording;

import java.time.Instant;
import java.util.List;

/**
 * The provider's own list of the account's recordings: the way to find a call whose callback never
 * came (the app was down during a deploy, a network blip), since Twilio does not retry callbacks
 * by default. Reconciliation compares it with what the store knows.
 */
public interface RecordingCatalog {

    /**
     * The recordings created in about this window, in any order. Providers filter by day, so the
     * answer may hold recordings from a little outside it; callers treat the window as a floor.
     */
    List<RecordingInfo> recordingsCreatedBetween(Instant from, Instant to);
}
