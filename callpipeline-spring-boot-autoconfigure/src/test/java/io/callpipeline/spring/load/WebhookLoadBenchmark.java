package io.callpipeline.spring.load;

import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook under an open-loop load: signed callbacks for new recordings at a fixed rate, each
 * timed from the moment it was due to be sent (so a slow answer delays no later request's clock),
 * each paired with a GET of a bare endpoint of the same app sent at the same moment, for
 * {@value #SECONDS} s per rate, on PostgreSQL with processing on. The figure is the ratio of the two
 * p99s, taken side by side in one run. As a host would measure it, the app and the stand-in
 * providers each run in a JVM of their own ({@link ChildJvm}), this one only sends; the rates are
 * repeated (3 times unless {@code repeats=N} is given) and each ratio is printed with the median.
 * A repeat during which PostgreSQL checkpointed is marked: its commits wait longer, so the
 * callbacks' tail grows and the bare GET's does not.
 * Run it with
 * {@code ./mvnw -q -pl callpipeline-spring-boot-autoconfigure test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.spring.load.WebhookLoadBenchmark [-Dexec.args="[fixed-4] [sender=autocannon] [repeats=3] [app-jar=… bare=…] 50 200 500"]}; with {@code app-jar} a host's
 * executable jar (the demo's: {@code app-jar=examples/target/callpipeline-examples-0.1.0-SNAPSHOT.jar
 * bare=/demo.css}) is measured instead of the starter's test app; with {@code sender=autocannon} the
 * measured repeats are sent by autocannon ({@link AutocannonSender}), a sender that is not ours.
 */
public final class WebhookLoadBenchmark {

    private static final int SECONDS = 20;

    /** Seconds at 100/s before the first measured rate. */
    private static final int WARM_UP_SECONDS = 10;

    /**
     * Twilio stops reading a callback's answer after this long and sends it again (the default
     * {@code rt} connection override): an answer later than this counts as not received there.
     */
    private static final long TWILIO_READ_TIMEOUT_NANOS = 6_000_000_000L;

    /** Requests waiting for their answer at once, at most; enough for 500/s at a second each. */
    private static final int SENDERS = 1_000;

    /** A bare GET whose median wait is longer than this means the machine, not the app, set the pace. */
    private static final double SATURATED_MILLIS = 100;

    /** Where the child processes' output goes. */
    private static final Path LOGS = Path.of("target", "load");

    private WebhookLoadBenchmark() {
    }

    /** The host app with one bare endpoint to compare against. */
    @SpringBootApplication
    @RestController
    public static class BareEndpointApp {
        @GetMapping("/bare")
        String bare() {
            return "OK";
        }

        /** Runs the app in a process of its own (see {@link ChildJvm}) until the parent ends. */
        public static void main(String[] args) throws IOException {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BareEndpointApp.class).run(args)) {
                ChildJvm.serveUntilParentEnds("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
            }
        }
    }

    /** One rate's figures in one repeat. */
    record Figures(int rate, double callbackP50, double callbackP99, double bareP50, double bareP99, long refused,
            int answered, long late, long bareNot200, Map<String, Long> unanswered) {
        double ratio() {
            return callbackP99 / bareP99;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = new ArrayList<>();
        boolean fixed = false;
        boolean autocannon = false;
        int repeats = 3;
        Path appJar = null;
        String bare = "/bare";
        for (String arg : args) {
            if ("fixed-4".equals(arg)) {
                fixed = true; // the processing of the old default, to compare with
            } else if (arg.startsWith("app-jar=")) {
                appJar = Path.of(arg.substring("app-jar=".length())); // a host app instead, e.g. the demo's jar
            } else if (arg.startsWith("bare=")) {
                bare = arg.substring("bare=".length()); // that app's own bare endpoint, e.g. /demo.css
            } else if ("sender=autocannon".equals(arg)) {
                autocannon = true; // a sender that is not ours (AutocannonSender)
            } else if (arg.startsWith("repeats=")) {
                repeats = Integer.parseInt(arg.substring("repeats=".length()));
            } else {
                rates.add(Integer.parseInt(arg));
            }
        }
        if (rates.isEmpty()) {
            rates.addAll(List.of(50, 200, 500));
        }
        try (LoadTarget target = LoadTarget.create("callpipeline_webload");
                ChildJvm providers = ChildJvm.start(DelayedProviders.class, LOGS.resolve("providers.log"), List.of());
                ChildJvm app = startApp(appJar, bare, target.appArguments(providers.ready(),
                        "--callpipeline.processing.adaptive-concurrency=" + !fixed))) {
            String base = app.ready();
            AutocannonSender outsider = autocannon ? AutocannonSender.find() : null;
            HttpClient http = HttpClient.newBuilder().executor(daemons(8, "load-client")).build();
            // Each request is sent blocking from a thread of its own pool: sendAsync hands every answer
            // to CompletableFuture's default pool, which on fewer than 3 cores starts a new thread per
            // task (80 a second here, measured with JFR), loading the machine being measured.
            ExecutorService senders = daemons(SENDERS, "load-sender");
            System.out.printf("%s webhook load on %s (bare: %s), %d s a rate, %d repeats, PostgreSQL, processing on"
                    + " (%s); sender, app and stubs in three processes on %d cores, %s %s%n",
                    autocannon ? "autocannon's (closed loop, rate-capped)" : "Open-loop",
                    appJar == null ? "the starter" : appJar.getFileName(), bare, SECONDS, repeats, fixed ? "fixed 4" : "adaptive", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            report(0, run(http, senders, base, bare, 100, WARM_UP_SECONDS)); // a fresh JVM compiles for its first seconds
            Map<Integer, List<Double>> ratios = new TreeMap<>();
            Map<Integer, List<Integer>> checkpointed = new TreeMap<>();
            for (int repeat = 1; repeat <= repeats; repeat++) {
                for (int rate : rates) {
                    double[] before = cpu(app, providers);
                    String checkpointsBefore = target.checkpoints();
                    long queuedBefore = target.queuedJobs();
                    long started = System.nanoTime();
                    Figures figures = outsider != null ? outsider.run(base, bare, rate, SECONDS)
                            : run(http, senders, base, bare, rate, SECONDS);
                    double[] after = cpu(app, providers);
                    long queuedAfter = target.queuedJobs();
                    report(repeat, figures);
                    // every callback is a new recording, so each one answered 200 queued one job
                    System.out.printf("         processing: %d calls finished during it, %d left in the queue%n",
                            queuedBefore + figures.answered() - figures.refused() - queuedAfter, queuedAfter);
                    if (!checkpointsBefore.isEmpty() && !checkpointsBefore.equals(target.checkpoints())) {
                        System.out.println("         a PostgreSQL checkpoint started or ended during it");
                        checkpointed.computeIfAbsent(rate, r -> new ArrayList<>()).add(repeat);
                    }
                    System.out.printf("         CPU used over its %.1f s (%d cores): app %.1f s, stubs %.1f s, sender %.1f s,"
                            + " PostgreSQL %.1f s%n", (System.nanoTime() - started) / 1e9,
                            Runtime.getRuntime().availableProcessors(), after[0] - before[0], after[1] - before[1],
                            after[2] - before[2], after[3] - before[3]);
                    ratios.computeIfAbsent(rate, r -> new ArrayList<>()).add(figures.ratio());
                }
            }
            drain(target, app, providers);
            System.out.println("callback p99 / bare p99, each repeat, and the median:");
            ratios.forEach((rate, each) -> System.out.printf("  %3d/s: %s; median %.2f%s%n", rate,
                    each.stream().map(r -> String.format("%.2f", r)).collect(Collectors.joining(", ")), median(each),
                    checkpointed.containsKey(rate) ? "; a checkpoint in repeat " + checkpointed.get(rate) : ""));
        }
    }

    /**
     * Processing's own cost: with no callback arriving, the backlog the rates left is drained for
     * {@value #SECONDS} s, and the app's CPU (and PostgreSQL's) is divided by the calls finished.
     */
    private static void drain(LoadTarget target, ChildJvm app, ChildJvm providers) throws InterruptedException {
        double[] before = cpu(app, providers);
        long queuedBefore = target.queuedJobs();
        Thread.sleep(SECONDS * 1000L);
        double[] after = cpu(app, providers);
        long finished = queuedBefore - target.queuedJobs();
        System.out.printf("draining the backlog for %d s, no callback arriving: %d calls finished; CPU a call: app %.1f ms,"
                + " PostgreSQL %.1f ms%n", SECONDS, finished, finished == 0 ? 0 : (after[0] - before[0]) * 1000 / finished,
                finished == 0 ? 0 : (after[3] - before[3]) * 1000 / finished);
    }

    /** The starter's own test app, or a host's executable jar given with {@code app-jar=}. */
    private static ChildJvm startApp(Path jar, String bare, List<String> arguments) throws Exception {
        if (jar == null) {
            List<String> args = new ArrayList<>(arguments);
            args.addAll(extraAppArguments());
            return ChildJvm.start(BareEndpointApp.class, LOGS.resolve("app.log"), appJvmOptions(), args);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> args = new ArrayList<>(arguments);
        args.removeIf(arg -> arg.startsWith("--server.port="));
        args.addAll(extraAppArguments());
        args.add("--server.port=" + port);
        return ChildJvm.startJar(jar, LOGS.resolve("app.log"), appJvmOptions(), args, "http://localhost:" + port, bare);
    }

    /** CPU seconds so far of the app, the stubs, this sender and PostgreSQL. */
    private static double[] cpu(ChildJvm app, ChildJvm providers) {
        return new double[] {CpuTime.of(app.pid()), CpuTime.of(providers.pid()), CpuTime.of(ProcessHandle.current().pid()),
            CpuTime.ofCommand("postgres")};
    }

    /** Options for the app's JVM from {@code -Dload.app-jvm="…"}, e.g. to record it with JFR. */
    private static List<String> appJvmOptions() {
        String options = System.getProperty("load.app-jvm", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** More arguments for the app from {@code -Dload.app-args="--a=b --c=d"}, e.g. a pool size to try. */
    private static List<String> extraAppArguments() {
        String args = System.getProperty("load.app-args", "").trim();
        return args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
    }

    private static void report(int repeat, Figures f) {
        System.out.printf("  %s %3d/s: callback p50 %.1f ms, p99 %.1f ms; bare p50 %.1f ms, p99 %.1f ms;"
                + " callback/bare p99 = %.2f; not 200: %d of %d (bare: %d); callbacks answered after Twilio's 6 s"
                + " read timeout: %d; no answer: %s%n",
                repeat == 0 ? "warm-up" : "#" + repeat, f.rate(),
                f.callbackP50(), f.callbackP99(), f.bareP50(), f.bareP99(), f.ratio(), f.refused(), f.answered(), f.bareNot200(), f.late(),
                f.unanswered().isEmpty() ? "none" : f.unanswered());
        if (f.bareP50() > SATURATED_MILLIS) {
            System.out.printf("         saturated: the bare endpoint's own median wait is %.0f ms, so this machine"
                    + " (sender, app, stubs and database on %d cores) could not keep the rate; the ratio says little%n",
                    f.bareP50(), Runtime.getRuntime().availableProcessors());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static ExecutorService daemons(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // so that exec:java, which waits for the program's own threads, ends with it
            return t;
        });
    }

    private static Figures run(HttpClient http, ExecutorService senders, String base, String barePath, int rate,
            int seconds)
            throws Exception {
        ConcurrentLinkedQueue<Long> callbacks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> bare = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> bareStatuses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        HttpRequest bareRequest = HttpRequest.newBuilder(URI.create(base + barePath)).GET().build();
        String webhook = base + "/webhook/handle_recording";
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String hex = HexFormat.of().toHexDigits(new Random().nextLong()) + HexFormat.of().toHexDigits((long) i);
            SignedCallback callback = SignedCallback.completed(DelayedProviders.ACCOUNT_SID, "RE" + hex, "CA" + hex)
                    .with("RecordingDuration", "4");
            HttpRequest signed = callback.request(webhook, ProviderStandIns.AUTH_TOKEN);
            sent.add(CompletableFuture.runAsync(() -> send(http, signed, due, callbacks, statuses, unanswered), senders));
            sent.add(CompletableFuture.runAsync(() -> send(http, bareRequest, due, bare, bareStatuses, unanswered), senders));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return new Figures(rate, p50(callbacks), p99(callbacks), p50(bare), p99(bare),
                statuses.stream().filter(status -> status != 200).count(), statuses.size(),
                callbacks.stream().filter(nanos -> nanos > TWILIO_READ_TIMEOUT_NANOS).count(),
                bareStatuses.stream().filter(status -> status != 200).count(),
                unanswered.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting())));
    }

    /** Sends one request and notes how long after its due time the answer came, or that none came. */
    private static void send(HttpClient http, HttpRequest request, long due, ConcurrentLinkedQueue<Long> latencies,
            ConcurrentLinkedQueue<Integer> statuses, ConcurrentLinkedQueue<String> unanswered) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            latencies.add(System.nanoTime() - due);
            statuses.add(response.statusCode());
        } catch (IOException | InterruptedException e) {
            unanswered.add(request.method() + " " + e.getClass().getSimpleName()); // refused or reset
        }
    }

    private static double p99(ConcurrentLinkedQueue<Long> nanos) {
        return percentile(nanos, 0.99);
    }

    private static double p50(ConcurrentLinkedQueue<Long> nanos) {
        return percentile(nanos, 0.50);
    }

    private static double percentile(ConcurrentLinkedQueue<Long> nanos, double share) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size()))) / 1e6;
    }
}
