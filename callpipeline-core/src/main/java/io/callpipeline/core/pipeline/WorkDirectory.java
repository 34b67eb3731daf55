package io.callpipeline.core.pipeline;

import io.callpipeline.core.TransientProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    private final Path path;

    private WorkDirectory(Path path) {
        this.path = path;
    }

    static WorkDirectory create(Path parent, String recordingSid) {
        try {
            Files.createDirectories(parent);
            return new WorkDirectory(Files.createTempDirectory(parent, "callpipeline-" + recordingSid + "-"));
        } catch (IOException e) {
            throw new TransientProcessingException("work_directory_unavailable",
                    "Cannot create a temporary directory in " + parent + ": " + e.getMessage(), e);
        }
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
