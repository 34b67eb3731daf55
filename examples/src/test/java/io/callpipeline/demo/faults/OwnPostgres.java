package io.callpipeline.demo.faults;

import io.callpipeline.test.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * The fault suite's PostgreSQL: a server of its own ({@link TestPostgres#start()}, from the build's
 * binaries, on a free port, in a temporary folder), so that the suite can stop the database under
 * the running app and start it again without touching any other test's server.
 */
final class OwnPostgres implements AutoCloseable {

    private final TestPostgres server;

    private OwnPostgres(TestPostgres server) {
        this.server = server;
    }

    /** Creates and starts a new server. */
    static OwnPostgres start() {
        return new OwnPostgres(TestPostgres.start());
    }

    String jdbcUrl() {
        return server.url("postgres");
    }

    /** Starts the stopped server again. */
    void startServer() throws IOException {
        server.restart();
    }

    /** Stops the server at once, as a crash or a network cut would: open connections die. */
    void stopServer() throws IOException {
        server.stop();
    }

    @Override
    public void close() {
        server.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
