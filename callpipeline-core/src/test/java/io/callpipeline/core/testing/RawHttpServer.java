package io.callpipeline.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that answers each connection with bytes written by hand, for the faults WireMock cannot
 * stage reliably: a body that stops half-way, or one that stops arriving with the connection open.
 * Connection {@code n} is answered by the {@code n}-th answer, the last one answering the rest.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Writes one connection's answer; the connection is closed when it returns. */
    @FunctionalInterface
    public interface Answer {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    private RawHttpServer(List<Answer> answers) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    int n = connections.getAndIncrement();
                    socket.getInputStream().read(new byte[8192]);
                    answers.get(Math.min(n, answers.size() - 1)).write(socket.getOutputStream());
                    socket.getOutputStream().flush();
                } catch (IOException | InterruptedException e) {
                    // the test is over, or the client hung up
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    public static RawHttpServer answering(Answer... answers) throws IOException {
        return new RawHttpServer(List.of(answers));
    }

    /** The status line and headers of a 200 promising {@code contentLength} bytes of {@code contentType}. */
    public static byte[] okHeaders(String contentType, int contentLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
