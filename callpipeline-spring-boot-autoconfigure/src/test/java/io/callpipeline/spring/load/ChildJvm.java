package io.callpipeline.spring.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A main class of this classpath run in a JVM of its own. A load measured inside one JVM shares its
 * heap, its collector's pauses and its JIT between the sender, the app and the stand-in providers,
 * so a stub's garbage shows up as the webhook's latency; a measurement from outside (as a host's
 * is) has them in separate processes. The child says it is ready by printing {@value #READY}
 * followed by what the parent needs (its URL), and ends when its standard input closes, so it
 * never outlives the parent. A host's executable jar (the demo) can be run too, and is asked to
 * stop when the parent is done with it.
 */
final class ChildJvm implements AutoCloseable {

    /** The line prefix a child prints once it serves. */
    static final String READY = "READY ";

    private final Process process;
    private final String ready;

    private ChildJvm(Process process, String ready) {
        this.process = process;
        this.ready = ready;
    }

    /**
     * Starts {@code main} with {@code args}, its output going to {@code log}, and waits until it is
     * ready.
     *
     * @throws IOException when it ended or took over two minutes before saying it was ready
     */
    static ChildJvm start(Class<?> main, Path log, List<String> args) throws IOException, InterruptedException {
        return start(main, log, List.of(), args);
    }

    /** The same, with options for the child's JVM (e.g. a flight recording). */
    static ChildJvm start(Class<?> main, Path log, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(main), main.getName()));
        command.addAll(args);
        CompletableFuture<String> ready = new CompletableFuture<>();
        Process process = launch(command, log, ready);
        try {
            return new ChildJvm(process, ready.get(2, TimeUnit.MINUTES));
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " did not start; see " + log, e);
        }
    }

    /**
     * Starts an executable jar (a host app, such as the demo) that knows nothing of this class,
     * and waits until {@code base + probe} answers 200.
     *
     * @return the child, whose {@link #ready()} is {@code base}
     */
    static ChildJvm startJar(Path jar, Path log, List<String> jvmOptions, List<String> args, String base, String probe)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        Process process = launch(command, log, new CompletableFuture<>());
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + probe)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ChildJvm(process, base);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IOException(jar.getFileName() + " did not answer " + probe + " with 200; see " + log);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Process launch(List<String> command, Path log, CompletableFuture<String> ready) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> copy(process, log, ready), "child-output");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /** What the child printed after {@value #READY}. */
    String ready() {
        return ready;
    }

    /** The child's process id, e.g. to read its memory from {@code /proc}. */
    long pid() {
        return process.pid();
    }

    /** In a child: says it is ready, then waits until the parent closes its input (or dies). */
    static void serveUntilParentEnds(String whatParentNeeds) throws IOException {
        System.out.println(READY + whatParentNeeds);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent writes nothing; end of input is the signal
        }
    }

    private static void copy(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!ready.isDone() && line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()).trim());
                } else {
                    file.println(line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("ended before it was ready"));
    }

    /** This program's classpath: exec:java loads it through a class loader of its own, not java.class.path. */
    private static String classpath(Class<?> main) {
        if (!(main.getClassLoader() instanceof URLClassLoader loader)) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(new File(url.toURI()).getPath());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: nothing a child could load
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy(); // a jar does not watch its input: ask it to stop
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
