package io.callpipeline.spring.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
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
 * never outlives the parent.
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
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath(main), main.getName()));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> copy(process, log, ready), "child-output-" + main.getSimpleName());
        reader.setDaemon(true);
        reader.start();
        try {
            return new ChildJvm(process, ready.get(2, TimeUnit.MINUTES));
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " did not start; see " + log, e);
        }
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
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
