package io.callpipeline.core.pipeline;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private temporary directory for one call's audio, removed with everything in it when closed.
 * Owning a directory rather than single files means parts written by a transcriber that splits
 * long audio are cleaned up too, whatever step failed.
 */
final class WorkDirectory implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkDirectory.class);

    private static final String PREFIX = "callpipeline-";
    private static final Pattern LEFTOVER = Pattern.compile(PREFIX + "(RE[0-9a-fA-F]{32})-\\d+");

    private final Path path;

    private WorkDirectory(Path path) {
        this.path = path;
    }

    /**
     * A new directory for a run. One run per recording at a time is the scheduler's promise, so any
     * directory already there for the same recording belongs to a run that died (a crash, a
     * {@code kill -9}) and is removed first.
     */
    static WorkDirectory create(Path parent, String recordingSid) {
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, sid -> !sid.equals(recordingSid));
            return new WorkDirectory(Files.createTempDirectory(parent, PREFIX + recordingSid + "-"));
        } catch (IOException e) {
            throw new TransientProcessingException(ReasonCode.WORK_DIRECTORY_UNAVAILABLE,
                    "Cannot create a temporary directory in " + parent + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the directories of runs that died, leaving those of recordings {@code inUse} says are
     * being processed (by this or another instance sharing the folder).
     *
     * @return how many were removed
     */
    static int removeLeftovers(Path parent, Predicate<String> inUse) {
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> children = Files.list(parent)) {
            for (Path child : children.toList()) {
                Matcher name = LEFTOVER.matcher(child.getFileName().toString());
                if (name.matches() && Files.isDirectory(child) && !inUse.test(name.group(1))) {
                    new WorkDirectory(child).close();
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not list {} for leftovers of earlier runs: {}", parent, e.toString());
        }
        return removed;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(WorkDirectory::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not list {} for deletion: {}", path, e.toString());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("Could not delete temporary file {}: {}", p, e.toString());
        }
    }
}
