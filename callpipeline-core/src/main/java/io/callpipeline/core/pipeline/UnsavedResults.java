package io.callpipeline.core.pipeline;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.event.TwilioSid;
import io.callpipeline.core.store.CallRecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paid-for results the store could not take. When a transcription or a response has come back and
 * the database is down, the record is written here instead of being thrown away, and the next run
 * of the same recording saves it before doing anything else, so the provider is never paid twice
 * for it. A file lives only until its record is saved.
 */
final class UnsavedResults {

    private static final Logger log = LoggerFactory.getLogger(UnsavedResults.class);

    /** The folder under the work directory; not a run's directory, so leftover sweeps pass it by. */
    static final String FOLDER = "callpipeline-unsaved";

    private final Path folder;

    UnsavedResults(Path workDirectory) {
        this.folder = workDirectory.resolve(FOLDER);
    }

    /** Keeps a record that could not be saved; a failure to keep it is logged, the run fails either way. */
    void keep(CallRecord record) {
        Path target = file(record.recordingSid());
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, record.recordingSid(), ".partial");
            Files.writeString(partial, CallRecordJson.write(record), StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            log.info("Recording {}: the store is unavailable; its {} result is kept until it can be saved",
                    record.recordingSid(), record.stage());
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: could not keep the unsaved {} result: {}", record.recordingSid(), record.stage(),
                    e.toString());
        }
    }

    /** The record kept for a recording, if any; an unreadable file is dropped. */
    Optional<CallRecord> find(String recordingSid) {
        Path file = file(recordingSid);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CallRecordJson.read(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: dropping an unreadable unsaved result: {}", recordingSid, e.toString());
            forget(recordingSid);
            return Optional.empty();
        }
    }

    /** Drops what was kept for a recording, once it is saved or outdated. */
    void forget(String recordingSid) {
        try {
            Files.deleteIfExists(file(recordingSid));
        } catch (IOException e) {
            log.warn("Recording {}: could not delete its saved result's file: {}", recordingSid, e.toString());
        }
    }

    private Path file(String recordingSid) {
        return folder.resolve(TwilioSid.RECORDING.require("RecordingSid", recordingSid) + ".json");
    }
}
