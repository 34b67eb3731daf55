package io.callpipeline.core.pipeline;

import io.callpipeline.core.archive.PrivateDirectory;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.CallRecordJson;
import io.callpipeline.core.transcription.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A kept record or side: the recording's id first (any provider's, as {@link RecordingEvent} accepts it). */
    private static final Pattern KEPT = Pattern.compile("([A-Za-z0-9_-]{1,64}?)(-side\\d+-[A-Za-z-]+)?\\.json");

    private final Path folder;

    /**
     * The recordings with a kept record on disk. A run forgets its recording's kept record after every
     * save, and there is almost never one: this spares each save a file system call. Listed from the
     * folder once, then kept up to date; a record another instance sharing the folder keeps is added
     * when a run of that recording finds it.
     */
    private Set<String> present;

    UnsavedResults(Path workDirectory) {
        this.folder = workDirectory.resolve(FOLDER);
    }

    /** Keeps a record that could not be saved; a failure to keep it is logged, the run fails either way. */
    void keep(CallRecord record) {
        try {
            write(record.recordingSid(), CallRecordJson.write(record), file(record.recordingSid()));
            present().add(record.recordingSid());
            log.info("Recording {}: the store is unavailable; its {} result is kept until it can be saved",
                    record.recordingSid(), record.stage());
        } catch (IOException | RuntimeException e) {
            log.warn("Recording {}: could not keep the unsaved {} result: {}", record.recordingSid(), record.stage(),
                    e.toString());
        }
    }

    /** The record kept for a recording, if any; an unreadable file is dropped. */
    Optional<CallRecord> find(String recordingSid) {
        Optional<CallRecord> kept = read(recordingSid, file(recordingSid), CallRecordJson::read);
        kept.ifPresent(record -> present().add(recordingSid));
        return kept;
    }

    /** Drops what was kept for a recording, once it is saved or outdated. */
    void forget(String recordingSid) {
        if (present().remove(recordingSid)) {
            delete(file(recordingSid));
        }
    }

    private synchronized Set<String> present() {
        if (present == null) {
            present = ConcurrentHashMap.newKeySet();
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                    for (Path file : files) {
                        Matcher kept = KEPT.matcher(file.getFileName().toString());
                        if (kept.matches() && kept.group(2) == null) {
                            present.add(kept.group(1));
                        }
                    }
                } catch (IOException e) {
                    log.warn("Could not list the kept results: {}", e.toString());
                }
            }
        }
        return present;
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
        String prefix = RecordingEvent.requireId("recordingSid", recordingSid) + "-side";
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
        present().remove(recordingSid);
        delete(file(recordingSid));
        forgetSides(recordingSid);
    }

    /**
     * Removes what no run will ever read again: the {@code .partial} files of writes a crash cut
     * short, and the results kept for recordings {@code open} says have ended (another instance
     * finished the call, or it was given up or erased meanwhile). A file being written right now is
     * younger than {@code partialAge} and stays.
     *
     * @param open whether a recording's call may still need what was kept for it
     * @return how many files were removed
     */
    int sweep(Predicate<String> open, Duration partialAge, Instant now) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher kept = KEPT.matcher(name);
                boolean stale = name.endsWith(".partial")
                        ? Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(partialAge))
                        : kept.matches() && !open.test(kept.group(1));
                if (stale && PrivateDirectory.isOwn(file)) {
                    if (kept.matches() && kept.group(2) == null) {
                        present().remove(kept.group(1));
                    }
                    delete(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep the kept results: {}", e.toString());
        }
        return removed;
    }

    /** Writes whole or not at all: a crash mid-write leaves a {@code .partial} file, never a cut one. */
    private void write(String recordingSid, String json, Path target) throws IOException {
        PrivateDirectory.prepare(folder);
        Path partial = Files.createTempFile(folder, recordingSid, ".partial");
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A kept file is read only when it is this user's own, in the private folder: never one planted there. */
    private <T> Optional<T> read(String recordingSid, Path file, Function<String, T> parse) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            PrivateDirectory.prepare(folder);
        } catch (IOException e) {
            log.warn("Recording {}: not reading kept results from a folder that is not private: {}", recordingSid,
                    e.getMessage());
            return Optional.empty();
        }
        if (!PrivateDirectory.isOwn(file)) {
            log.warn("Recording {}: ignoring a kept result this app did not write", recordingSid);
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
        return folder.resolve(RecordingEvent.requireId("recordingSid", recordingSid) + ".json");
    }

    /** One side's file, named by the language hint it was transcribed with (a pass without one: {@code auto}). */
    private Path sideFile(String recordingSid, int channel, String hint) {
        String language = hint == null ? "auto" : hint.replaceAll("[^A-Za-z-]", "");
        return folder.resolve(RecordingEvent.requireId("recordingSid", recordingSid) + "-side" + channel + "-"
                + language + ".json");
    }
}
