package io.callpipeline.spring.load;

import io.callpipeline.spring.processing.ProcessingLimit;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Calls ending together: {@value #CALLS} signed callbacks posted at once to the starter on
 * PostgreSQL, against providers with fixed delays (Twilio JSON 100 ms twice, media 200 ms,
 * transcription 2 s, chat 1 s: 3.4 s of provider time a call), timed until every call is final.
 * Scenarios (named in the arguments, in the order to run them; a scenario may be named twice):
 * the old fixed 4 workers, a fixed 64, the adaptive default, the adaptive default
 * against an OpenAI that answers 429 ({@code Retry-After: 2}) above 20 requests in flight, and two
 * instances sharing the queue. Not a test: run it on the tests' PostgreSQL (started by the build) with
 * {@code ./mvnw -q -pl callpipeline-spring-boot-autoconfigure test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.spring.load.BurstDrainBenchmark [-Dexec.args="adaptive fixed-64 …"]}.
 */
public final class BurstDrainBenchmark {

    static final int CALLS = 200;
    private static final String FINAL = "select count(*) from callpipeline_call_record"
            + " where stage in ('COMPLETED', 'GIBBERISH', 'REJECTED', 'FAILED')";

    private BurstDrainBenchmark() {
    }

    /** One way of running the burst. */
    private record Scenario(String name, int instances, int openAiLimit, String... properties) {
    }

    /** Calls of the unreported first burst that warms the JIT up, so the first scenario is not the slowest. */
    private static final int WARM_UP_CALLS = 60;

    public static void main(String[] args) throws Exception {
        List<Scenario> all = List.of(
                new Scenario("fixed-4", 1, 0, "--callpipeline.processing.adaptive-concurrency=false"),
                new Scenario("fixed-64", 1, 0, "--callpipeline.processing.adaptive-concurrency=false",
                        "--callpipeline.processing.concurrency=64"),
                new Scenario("adaptive", 1, 0),
                new Scenario("adaptive-429-above-20", 1, 20),
                new Scenario("fixed-4-two-instances", 2, 0, "--callpipeline.processing.adaptive-concurrency=false"));
        List<String> chosen = Arrays.asList(args);
        run(new Scenario("warm-up", 1, 0), WARM_UP_CALLS, false);
        System.out.printf("%d calls ending together, 3.4 s of provider time each; %d cores, %s %s%n", CALLS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        List<String> order = chosen.isEmpty() ? all.stream().map(Scenario::name).toList() : chosen;
        for (String name : order) {
            run(all.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No scenario " + name)), CALLS, true);
        }
    }

    private static void run(Scenario scenario, int calls, boolean report) throws Exception {
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try (LoadTarget target = LoadTarget.create("callpipeline_load");
                DelayedProviders providers = new DelayedProviders(scenario.openAiLimit())) {
            try {
                for (int i = 0; i < scenario.instances(); i++) {
                    apps.add(new SpringApplicationBuilder(StarterTestApplication.class)
                            .run(target.appArguments(providers, scenario.properties()).toArray(String[]::new)));
                }
                drain(scenario, calls, report, target, providers, apps);
            } finally {
                apps.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private static void drain(Scenario scenario, int calls, boolean report, LoadTarget target,
            DelayedProviders providers, List<ConfigurableApplicationContext> apps) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(target.url(), "postgres", ""));
        List<String> urls = apps.stream().map(app -> "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort() + "/webhook/handle_recording").toList();
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> limits = new ArrayList<>();
        long heapPeak = 0;
        long rssPeak = 0;
        long start = System.nanoTime(); // from the first callback to the last call's end
        // as fast as the webhook takes them: 16 in flight (its store-threads), as Twilio's many
        // callbacks meet one app; a 503 is retried as Twilio's connection overrides do
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String hex = HexFormat.of().toHexDigits(new Random().nextLong()) + HexFormat.of().toHexDigits(i * 7919L + 1);
            SignedCallback callback = SignedCallback.completed(DelayedProviders.ACCOUNT_SID, "RE" + hex, "CA" + hex)
                    .with("RecordingDuration", "4");
            String url = urls.get(i % urls.size());
            inFlight.acquire();
            posts.add(post(http, url, callback, 3).whenComplete((r, e) -> inFlight.release()));
        }
        long accepted = posts.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).count();
        int done = 0;
        while (done < accepted && System.nanoTime() - start < 600_000_000_000L) {
            Thread.sleep(250);
            done = jdbc.queryForObject(FINAL, Integer.class);
            limits.add(apps.get(0).getBean(ProcessingLimit.class).current());
            heapPeak = Math.max(heapPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            rssPeak = Math.max(rssPeak, rss());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Integer failed = jdbc.queryForObject("select count(*) from callpipeline_call_record where stage = 'FAILED'",
                Integer.class);
        long twice = providers.transcriptions.values().stream().filter(n -> n.get() > 1).count();
        List<Integer> settled = limits.subList(Math.max(0, limits.size() - limits.size() / 3), limits.size());
        if (!report) {
            return;
        }
        System.out.printf("  %-24s %6.1f s (%4.0f calls/min) accepted %d, final %d, failed %d, transcribed twice %d;"
                + " OpenAI in flight at most %d, 429s %d; limit at end %d (last third: %d–%d);"
                + " heap peak %d MB, RSS peak %d MB (harness, stub and app in one JVM)%n",
                scenario.name(), seconds, done * 60 / seconds, accepted, done, failed, twice,
                providers.mostOpenAiInFlight.get(), providers.rateLimited.get(),
                limits.isEmpty() ? 0 : limits.get(limits.size() - 1),
                settled.stream().mapToInt(Integer::intValue).min().orElse(0),
                settled.stream().mapToInt(Integer::intValue).max().orElse(0), heapPeak >> 20, rssPeak >> 20);
    }

    private static CompletableFuture<HttpResponse<String>> post(HttpClient http, String url, SignedCallback callback,
            int tries) {
        return http.sendAsync(callback.request(url, ProviderStandIns.AUTH_TOKEN),
                HttpResponse.BodyHandlers.ofString()).thenCompose(r -> r.statusCode() == 503 && tries > 1
                        ? post(http, url, callback, tries - 1) : CompletableFuture.completedFuture(r));
    }

    /** This process's resident set, from {@code /proc}; 0 where there is none. */
    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
