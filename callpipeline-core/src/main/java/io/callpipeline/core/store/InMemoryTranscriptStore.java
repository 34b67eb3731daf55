package io.callpipeline.core.store;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A thread-safe store in memory, for tests (ours and hosts') and for trying the pipeline out.
 * It also keeps every saved version in order, so a test can see the steps a call went through.
 * Nothing survives a restart: production uses a database-backed store.
 */
public final class InMemoryTranscriptStore implements TranscriptStore {

    private final Map<String, CallRecord> records = new ConcurrentHashMap<>();
    private final List<CallRecord> history = new CopyOnWriteArrayList<>();
    private final Map<String, RunClaim> claims = new ConcurrentHashMap<>();

    @Override
    public Optional<CallRecord> find(String recordingSid) {
        return Optional.ofNullable(records.get(recordingSid));
    }

    @Override
    public void save(CallRecord record) {
        records.put(record.recordingSid(), record);
        history.add(record);
    }

    @Override
    public boolean saveIfAbsent(CallRecord record) {
        if (records.putIfAbsent(record.recordingSid(), record) != null) {
            return false;
        }
        history.add(record);
        return true;
    }

    @Override
    public RunClaim claim(String recordingSid) {
        RunClaim claim = RunClaim.fresh();
        // a record's claim changes only while the record is there
        return records.computeIfPresent(recordingSid, (sid, record) -> {
            claims.put(sid, claim);
            return record;
        }) == null ? RunClaim.NONE : claim;
    }

    @Override
    public boolean save(CallRecord record, RunClaim claim) {
        if (!claim.fenced()) {
            save(record);
            return true;
        }
        boolean[] saved = {false};
        records.computeIfPresent(record.recordingSid(), (sid, stored) -> {
            if (!claim.equals(claims.get(sid))) {
                return stored;
            }
            saved[0] = true;
            history.add(record);
            return record;
        });
        return saved[0];
    }

    /** Every record ever saved, oldest first. */
    public List<CallRecord> history() {
        return List.copyOf(history);
    }

    /** The stages saved for one recording, in order. */
    public List<ProcessingStage> stages(String recordingSid) {
        return history.stream()
                .filter(r -> r.recordingSid().equals(recordingSid))
                .map(CallRecord::stage)
                .toList();
    }
}
