package io.callpipeline.core.pipeline;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.event.TwilioSid;
import io.callpipeline.core.store.CallRecordJson;
import io.callpipeline.core.transcription.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paid-for results the store could not take. When a transcription or a response has come back and
 * the database is down, the record is written here instead of being thrown away, and the next run
 * of the same recording saves it before doing anything else, so the provider is never paid twice
 * for it. A file lives only until its record is saved. One side of a two-channel call is kept here
 * too until the other side is transcribed, so a failure on the second side does not make the retry
 * pay for the first again.
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
        try {
            write(record.recordingSid(), CallRecordJson.write(record), file(record.recordingSid()));
            log.info("Recording {}: the store is unavailable; its {} result is kept until it can be saved",
                    record.recordingSid(), record.stage());
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: could not keep the unsaved {} result: {}", record.recordingSid(), record.stage(),
                    e.toString());
        }
    }

    /** The record kept for a recording, if any; an unreadable file is dropped. */
    Optional<CallRecord> find(String recordingSid) {
        return read(recordingSid, file(recordingSid), CallRecordJson::read);
    }

    /** Drops what was kept for a recording, once it is saved or outdated. */
    void forget(String recordingSid) {
        delete(file(recordingSid));
    }

    /** Keeps one transcribed side of a dialogue until the whole dialogue is transcribed. */
    void keepSide(String recordingSid, int channel, String hint, Transcript side) {
        try {
            write(recordingSid, CallRecordJson.write(side), sideFile(recordingSid, channel, hint));
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: could not keep side {} of the call: {}", recordingSid, channel, e.toString());
        }
    }

    /** A side an earlier run transcribed with the same hint, if one was kept; an unreadable one is dropped. */
    Optional<Transcript> findSide(String recordingSid, int channel, String hint) {
        return read(recordingSid, sideFile(recordingSid, channel, hint), CallRecordJson::readTranscript);
    }

    /** Drops the sides kept for a recording: its dialogue is whole, or its call ended without it. */
    void forgetSides(String recordingSid) {
        String prefix = TwilioSid.RECORDING.require("RecordingSid", recordingSid) + "-side";
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> sides = Files.newDirectoryStream(folder, prefix + "*.json")) {
            sides.forEach(UnsavedResults::delete);
        } catch (IOException e) {
            log.warn("Recording {}: could not list its kept sides: {}", recordingSid, e.toString());
        }
    }

    /** Drops all that was kept for a recording whose call has ended (or is another run's now). */
    void discard(String recordingSid) {
        forget(recordingSid);
        forgetSides(recordingSid);
    }

    /** Writes whole or not at all: a crash mid-write leaves a {@code .partial} file, never a cut one. */
    private void write(String recordingSid, String json, Path target) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, recordingSid, ".partial");
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static <T> Optional<T> read(String recordingSid, Path file, Function<String, T> parse) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: dropping an unreadable kept result: {}", recordingSid, e.toString());
            delete(file);
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file.getFileName(), e.toString());
        }
    }

    private Path file(String recordingSid) {
        return folder.resolve(TwilioSid.RECORDING.require("RecordingSid", recordingSid) + ".json");
    }

    /** One side's file, named by the language hint it was transcribed with (a pass without one: {@code auto}). */
    private Path sideFile(String recordingSid, int channel, String hint) {
        String language = hint == null ? "auto" : hint.replaceAll("[^A-Za-z-]", "");
        return folder.resolve(TwilioSid.RECORDING.require("RecordingSid", recordingSid) + "-side" + channel + "-"
                + language + ".json");
    }
}
