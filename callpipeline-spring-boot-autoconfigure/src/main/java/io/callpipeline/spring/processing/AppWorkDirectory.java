package io.callpipeline.spring.processing;

import io.callpipeline.core.archive.PrivateDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.env.Environment;

/**
 * Where an app keeps recordings while it processes them, when the host did not say: a directory of
 * its own under the system's temporary directory, private to its user (0700), named after the
 * user, the app and its database. Two apps on one machine never share it (one's start-up sweep
 * cannot remove the other's live runs, nor read its kept results); instances of one app on one
 * machine, which share their database and its job table, do, as the sweep expects.
 */
public final class AppWorkDirectory {

    private AppWorkDirectory() {
    }

    /**
     * @param temporaryDirectory {@code java.io.tmpdir}
     * @param applicationName    {@code spring.application.name}, or {@code null}
     * @param databaseUrl        {@code spring.datasource.url}, or {@code null}
     */
    public static Path of(String temporaryDirectory, String userName, String applicationName, String databaseUrl) {
        String user = (userName == null ? "user" : userName).replaceAll("[^A-Za-z0-9_.-]", "_");
        String app = applicationName + "\n" + databaseUrl;
        return Path.of(temporaryDirectory, "callpipeline-" + user + "-" + digest(app));
    }

    /** The default directory of the app this environment describes (not yet made). */
    public static Path of(Environment environment) {
        return of(System.getProperty("java.io.tmpdir"), System.getProperty("user.name"),
                property(environment, "spring.application.name"), property(environment, "spring.datasource.url"));
    }

    /** A property as the app sees it; one whose placeholders cannot be resolved here counts as absent. */
    private static String property(Environment environment, String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    /**
     * The default directory, made private and checked.
     *
     * @throws IllegalStateException naming the directory and the property to set, when it cannot be
     *         made private (someone else made it first)
     */
    public static Path prepare(Path directory) {
        try {
            return PrivateDirectory.prepare(directory);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep recordings in " + directory + ": " + e.getMessage()
                    + "; set callpipeline.processing.work-directory to a directory of this app's own", e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
