package io.callpipeline.spring.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.callpipeline.test.ProviderAnswers;
import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.TestAudio;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio and OpenAI as a load test needs them: every recording known (its call SID is its own with
 * {@code CA} for {@code RE}), fixed delays per request (Twilio JSON 100 ms, media 200 ms,
 * transcription 2 s, chat 1 s), and optionally a rate limit that answers 429 with
 * {@code Retry-After: 2} to OpenAI requests above a number in flight. Counts what it served.
 */
final class DelayedProviders implements AutoCloseable {

    static final String ACCOUNT_SID = ProviderStandIns.ACCOUNT_SID;
    private static final Pattern RECORDING = Pattern.compile(".*/Recordings/(RE[0-9a-f]{32})\\.json");
    private static final Pattern CALL = Pattern.compile(".*/Calls/(CA[0-9a-f]{32})\\.json");
    private static final Pattern MEDIA = Pattern.compile(".*/Recordings/(RE[0-9a-f]{32})\\.(wav|mp3)");
    private static final byte[] AUDIO = TestAudio.speakingWav(4);
    private static final String TRANSCRIPT = ProviderAnswers.transcription("hebrew", ProviderStandIns.SPEECH);
    private static final String ANSWER = ProviderAnswers.chatCompletion(ProviderStandIns.RESPONSE);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int openAiLimit;
    private final AtomicInteger openAiInFlight = new AtomicInteger();
    final AtomicInteger mostOpenAiInFlight = new AtomicInteger();
    final AtomicInteger rateLimited = new AtomicInteger();
    final Map<String, AtomicInteger> transcriptions = new ConcurrentHashMap<>();

    /** @param openAiLimit OpenAI requests in flight above which a 429 is answered; 0 for none */
    DelayedProviders(int openAiLimit) throws IOException {
        this.openAiLimit = openAiLimit;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Serves in a process of its own (see {@link ChildJvm}) until the parent ends.
     *
     * @param args the OpenAI limit as in the constructor; none for no limit
     */
    public static void main(String[] args) throws IOException {
        try (DelayedProviders providers = new DelayedProviders(args.length == 0 ? 0 : Integer.parseInt(args[0]))) {
            ChildJvm.serveUntilParentEnds(providers.baseUrl());
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher m;
            if ((m = RECORDING.matcher(path)).matches()) {
                String sid = m.group(1);
                answer(exchange, 100, 200, "application/json", ProviderAnswers.recording(ACCOUNT_SID,
                        "CA" + sid.substring(2), sid, 4, ProviderAnswers.now()).getBytes(StandardCharsets.UTF_8));
            } else if ((m = CALL.matcher(path)).matches()) {
                answer(exchange, 100, 200, "application/json", ProviderAnswers.call(ACCOUNT_SID, m.group(1),
                        "+972541234567", ProviderStandIns.OUR_NUMBER, "inbound", 7, ProviderAnswers.now())
                        .getBytes(StandardCharsets.UTF_8));
            } else if (MEDIA.matcher(path).matches()) {
                answer(exchange, 200, 200, "audio/x-wav", AUDIO);
            } else if (path.endsWith("/audio/transcriptions")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
                Matcher file = Pattern.compile("filename=\"(RE[0-9a-f]{32})").matcher(body);
                openAi(exchange, 2000, TRANSCRIPT, file.find() ? file.group(1) : null);
            } else if (path.endsWith("/chat/completions")) {
                exchange.getRequestBody().readAllBytes();
                openAi(exchange, 1000, ANSWER, null);
            } else {
                answer(exchange, 0, 404, "application/json", ProviderAnswers.notFound().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void openAi(HttpExchange exchange, long delay, String json, String transcribed) throws IOException {
        int inFlight = openAiInFlight.incrementAndGet();
        try {
            mostOpenAiInFlight.accumulateAndGet(inFlight, Math::max);
            if (openAiLimit > 0 && inFlight > openAiLimit) {
                rateLimited.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "2");
                answer(exchange, 0, 429, "application/json", ("{\"error\":{\"message\":\"Rate limit reached\","
                        + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (transcribed != null) {
                transcriptions.computeIfAbsent(transcribed, k -> new AtomicInteger()).incrementAndGet();
            }
            answer(exchange, delay, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        } finally {
            openAiInFlight.decrementAndGet();
        }
    }

    private static void answer(HttpExchange exchange, long delay, int status, String type, byte[] body)
            throws IOException {
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
