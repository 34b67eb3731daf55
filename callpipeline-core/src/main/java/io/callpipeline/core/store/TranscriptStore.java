package io.callpipeline.core.store;

import io.callpipeline.core.call.CallRecord;
import java.util.Optional;

/**
 * Step 7, and the memory that makes processing resumable: the pipeline saves the call's record
 * after every step and reads it back before starting, so a retry skips what is already done.
 *
 * <p>Unlike the other SPIs it has more than one method: a store that cannot be read back cannot make
 * a retry resume, a webhook must tell a first callback from a repeat ({@link #saveIfAbsent}), and a
 * run a queue may take over saves only while it holds its claim ({@link #claim}, {@link #save(CallRecord,
 * RunClaim)}). The last three have defaults; a store shared by several app instances overrides them.
 * Implementations must make a save durable before returning.
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

    /**
     * Claims the recording's record for a run that is starting: from now on a save made under an
     * earlier claim changes nothing. The default keeps no claim ({@link RunClaim#NONE}), and the
     * pipeline then asks the queue whether it still owns the recording before every save.
     *
     * @return the new claim; {@link RunClaim#NONE} when the store keeps none or holds no record
     */
    default RunClaim claim(String recordingSid) {
        return RunClaim.NONE;
    }

    /**
     * Saves the record if {@code claim} is still the recording's latest: the ownership check and the
     * save in one. An unfenced claim saves as {@link #save(CallRecord)} does.
     *
     * @return {@code false} when a newer run has claimed the record, or it is gone (erased): nothing
     *         was changed
     */
    default boolean save(CallRecord record, RunClaim claim) {
        save(record);
        return true;
    }
}
