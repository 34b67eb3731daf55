package io.callpipeline.demo.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb and pg_ctl from Debian's packages, on a free port,
 * in a temporary folder), so that a test can stop the database under a running app and start it
 * again without touching the machine's shared server. As root, the server runs as {@code postgres}.
 */
final class OwnPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private OwnPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** Creates and starts a new server. */
    static OwnPostgres start() throws IOException, InterruptedException {
        Path bin = findBin();
        Path data = Files.createTempDirectory("callpipeline-pg-");
        OwnPostgres pg = new OwnPostgres(bin, data, freePort());
        if (isRoot()) {
            run(List.of("chown", "postgres", data.toString()));
        }
        pg.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-A", "trust",
                "-U", "postgres", "-E", "UTF8", "--no-sync"));
        pg.startServer();
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the stopped server again. */
    void startServer() throws IOException, InterruptedException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** Stops the server at once, as a crash or a network cut would: open connections die. */
    void stopServer() throws IOException, InterruptedException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w",
                "-m", "immediate", "stop"));
    }

    @Override
    public void close() throws Exception {
        try {
            stopServer();
        } catch (IOException stoppedAlready) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void asServerUser(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IOException("No initdb under /usr/lib/postgresql: install Debian's postgresql"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
