package io.callpipeline.demo.faults;

import io.callpipeline.demo.DemoApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The demo CRM in a JVM of its own, so that a test can kill it the way an operator's machine would
 * ({@code kill -9}) and start it again on the same database and work directory.
 */
final class AppProcess {

    private final List<String> arguments;
    private final Path log;
    private final int port;
    private Process process;

    AppProcess(int port, List<String> arguments, Path log) {
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.log = log;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Starts the app and waits until it answers HTTP. */
    AppProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), DemoApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(url("/login"))).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("The app did not answer within 90 s; see " + log);
    }

    /** SIGKILL: no shutdown hook, no finally block, nothing cleaned up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An orderly stop. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
