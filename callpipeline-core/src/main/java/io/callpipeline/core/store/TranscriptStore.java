package io.callpipeline.core.store;

import io.callpipeline.core.call.CallRecord;
import java.util.Optional;

/**
 * Step 7, and the memory that makes processing resumable: the pipeline saves the call's record
 * after every step and reads it back before starting, so a retry skips what is already done.
 *
 * <p>Unlike the other SPIs it has more than one method: a store that cannot be read back cannot make
 * a retry resume, and a webhook must tell a first callback from a repeat ({@link #saveIfAbsent}, with
 * a default a shared store overrides). Implementations must make {@link #save} durable before returning.
 */
public interface TranscriptStore {

    /** The record saved for a recording, if any. */
    Optional<CallRecord> find(String recordingSid);

    /** Saves (inserts or replaces) the record for {@link CallRecord#recordingSid()}. */
    void save(CallRecord record);

    /**
     * Saves the record only if the recording has none yet: how a webhook tells a first callback
     * from a repeat. Stores shared by several app instances override this with an atomic insert.
     *
     * @return {@code false} when a record already existed (nothing was changed)
     */
    default boolean saveIfAbsent(CallRecord record) {
        if (find(record.recordingSid()).isPresent()) {
            return false;
        }
        save(record);
        return true;
    }
}
