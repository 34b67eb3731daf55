package io.callpipeline.core.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * WireMock standalone in a JVM of its own, for tests that measure this JVM's memory: a WireMock
 * server in the same heap keeps every request body whole and would be measured with our code.
 * The same jar the other tests use is started with {@code java -jar}, on a free loopback port.
 */
public final class WireMockProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private WireMockProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static WireMockProcess start(Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = Path.of(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--port", String.valueOf(port), "--bind-address", "127.0.0.1",
                "--disable-banner")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        WireMockProcess server = new WireMockProcess(process, port);
        server.awaitReady(Duration.ofSeconds(60));
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client for stubbing and verifying through WireMock's admin API. */
    public WireMock client() {
        return new WireMock("127.0.0.1", port);
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WireMock exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/__admin/mappings").toURL()
                        .openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IOException("WireMock did not start within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
