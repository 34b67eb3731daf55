package io.callpipeline.spring.load;

import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
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
 * p99s, taken side by side in one run. Run it with
 * {@code ./mvnw -q -pl callpipeline-spring-boot-autoconfigure test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.spring.load.WebhookLoadBenchmark [-Dexec.args="[fixed-4] 50 200 500"]}.
 */
public final class WebhookLoadBenchmark {

    private static final int SECONDS = 20;

    /** Requests waiting for their answer at once, at most; enough for 500/s at a second each. */
    private static final int SENDERS = 1_000;

    /** A bare GET whose median wait is longer than this means the machine, not the app, set the pace. */
    private static final double SATURATED_MILLIS = 100;

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
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = new ArrayList<>();
        boolean fixed = false;
        for (String arg : args) {
            if ("fixed-4".equals(arg)) {
                fixed = true; // the processing of the old default, to compare with
            } else {
                rates.add(Integer.parseInt(arg));
            }
        }
        if (rates.isEmpty()) {
            rates.addAll(List.of(50, 200, 500));
        }
        try (LoadTarget target = LoadTarget.create("callpipeline_webload");
                DelayedProviders providers = new DelayedProviders(0);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(BareEndpointApp.class).run(
                        target.appArguments(providers, "--callpipeline.processing.adaptive-concurrency=" + !fixed)
                                .toArray(String[]::new))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().executor(daemons(8, "load-client")).build();
            // Each request is sent blocking from a thread of its own pool: sendAsync hands every answer
            // to CompletableFuture's default pool, which on fewer than 3 cores starts a new thread per
            // task (80 a second here, measured with JFR), loading the machine being measured.
            ExecutorService senders = daemons(SENDERS, "load-sender");
            System.out.printf("Open-loop webhook load, %d s a rate, PostgreSQL, processing on (%s); %d cores, %s %s%n",
                    SECONDS, fixed ? "fixed 4" : "adaptive", Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            run(http, senders, base, 50, 5, false); // warm-up
            for (int rate : rates) {
                run(http, senders, base, rate, SECONDS, true);
            }
        }
    }

    private static ExecutorService daemons(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // so that exec:java, which waits for the program's own threads, ends with it
            return t;
        });
    }

    private static void run(HttpClient http, ExecutorService senders, String base, int rate, int seconds, boolean report)
            throws Exception {
        ConcurrentLinkedQueue<Long> callbacks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> bare = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        HttpRequest bareRequest = HttpRequest.newBuilder(URI.create(base + "/bare")).GET().build();
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
            sent.add(CompletableFuture.runAsync(() -> send(http, bareRequest, due, bare, null, unanswered), senders));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        if (report) {
            double callbackP99 = p99(callbacks);
            double bareP99 = p99(bare);
            long refused = statuses.stream().filter(s -> s != 200).count();
            System.out.printf("  %3d/s: callback p50 %.1f ms, p99 %.1f ms; bare p50 %.1f ms, p99 %.1f ms;"
                    + " callback/bare p99 = %.2f; not 200: %d of %d; no answer: %s%n", rate, p50(callbacks), callbackP99,
                    p50(bare), bareP99, callbackP99 / bareP99, refused, statuses.size(), unanswered.isEmpty() ? "none"
                    : unanswered.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));
            if (p50(bare) > SATURATED_MILLIS) {
                System.out.printf("         saturated: the bare endpoint's own median wait is %.0f ms, so this machine"
                        + " (sender, app, stubs and database on %d cores) could not keep the rate; the ratio says little%n",
                        p50(bare), Runtime.getRuntime().availableProcessors());
            }
        }
    }

    /** Sends one request and notes how long after its due time the answer came, or that none came. */
    private static void send(HttpClient http, HttpRequest request, long due, ConcurrentLinkedQueue<Long> latencies,
            ConcurrentLinkedQueue<Integer> statuses, ConcurrentLinkedQueue<String> unanswered) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            latencies.add(System.nanoTime() - due);
            if (statuses != null) {
                statuses.add(response.statusCode());
            }
        } catch (IOException | InterruptedException e) {
            unanswered.add((statuses == null ? "bare " : "") + e.getClass().getSimpleName()); // refused or reset
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
