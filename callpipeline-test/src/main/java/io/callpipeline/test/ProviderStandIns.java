package io.callpipeline.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Twilio's REST API and OpenAI's on one local WireMock server, so an app using callpipeline runs
 * end to end in a test or a demo with no account and no network: the app reaches them through
 * twilio-java and openai-java exactly as it reaches the services, and gets their documented JSON
 * ({@link ProviderAnswers}). Register each call first ({@link #call(String)}): Twilio then knows its
 * recording, who called, and serves its audio; the recordings list holds it for reconciliation.
 * Unless told otherwise, every recording is transcribed as {@link #SPEECH} and answered with
 * {@link #RESPONSE}.
 */
public final class ProviderStandIns implements AutoCloseable {

    /** The account the stand-ins answer for, unless another is given. */
    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    /** The auth token callbacks are signed with ({@link SignedCallback}); not a secret. */
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";
    /** Any OpenAI key does; this one is not a secret. */
    public static final String OPENAI_KEY = "sk-test-key-not-a-secret";
    /** The number the calls were made to. */
    public static final String OUR_NUMBER = "+97235551234";
    /** What every recording says unless {@link #transcribeAs} says otherwise. */
    public static final List<ProviderAnswers.Segment> SPEECH = List.of(
            ProviderAnswers.Segment.spoken(0.0, 3.4, "שלום, אני מתקשר לגבי הדירה ברמת גן."),
            ProviderAnswers.Segment.spoken(3.4, 6.6, "יש לי תקציב של שני מיליון וחצי שקל."),
            ProviderAnswers.Segment.spoken(6.6, 8.4, "אפשר לחזור אליי?"));
    /** What the responder answers unless {@link #respondWith} says otherwise. */
    public static final ProviderAnswers.Response RESPONSE = new ProviderAnswers.Response(
            "המתקשר מתעניין בדירה ברמת גן בתקציב של כ-2.5 מיליון ₪ ומבקש שיחזרו אליו.",
            "שלום, תודה על פנייתך! אשמח לחזור אליך עוד היום עם דירות מתאימות ברמת גן.",
            "קנייה", "2.5 מיליון ₪", "רמת גן", "דירה", true,
            List.of(ProviderAnswers.Step.of("לחזור למתקשר עם דירות מתאימות ברמת גן", "עוד היום", "TODAY"),
                    ProviderAnswers.Step.onWeekday("לתאם ביקור בדירה", "ביום ראשון", "SUNDAY")),
            70, "תקציב ואזור ברורים, מבקש שיחזרו אליו");

    private static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    private static final String CHAT = "/v1/chat/completions";

    private final WireMockServer server;
    private final String accountSid;
    private volatile String callbackToken = AUTH_TOKEN;
    private final List<String> listed = new CopyOnWriteArrayList<>();

    private ProviderStandIns(WireMockConfiguration options, String accountSid) {
        this.accountSid = accountSid;
        this.server = new WireMockServer(options);
        server.start();
        stubDefaults();
    }

    /** Stand-ins on a free port of 127.0.0.1, for {@link #ACCOUNT_SID}. */
    public static ProviderStandIns start() {
        return start(0, ACCOUNT_SID);
    }

    /** @param port 0 for a free one */
    public static ProviderStandIns start(int port, String accountSid) {
        return start(port, accountSid, true);
    }

    /**
     * @param port         0 for a free one
     * @param keepRequests whether requests are kept for {@code verify} (tests); off for a long-running demo
     */
    public static ProviderStandIns start(int port, String accountSid, boolean keepRequests) {
        WireMockConfiguration options = WireMockConfiguration.options().bindAddress("127.0.0.1")
                .asynchronousResponseEnabled(false);
        if (!keepRequests) {
            options.disableRequestJournal();
        }
        return new ProviderStandIns(port == 0 ? options.dynamicPort() : options.port(port), accountSid);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public String accountSid() {
        return accountSid;
    }

    /** Signs the stand-ins' own webhooks (messages' status) with the app's auth token, when it is not {@link #AUTH_TOKEN}. */
    public ProviderStandIns signingWith(String authToken) {
        this.callbackToken = java.util.Objects.requireNonNull(authToken, "authToken");
        return this;
    }

    /** The server itself, for stubs of a test's own (faults, delays) and for verifying requests. */
    public WireMockServer server() {
        return server;
    }

    /**
     * The settings that point an app at these stand-ins: Twilio's account, token and base URL,
     * OpenAI's key and base URL, and openai-java's own retries off so request counts are exact.
     */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("callpipeline.twilio.account-sid", accountSid);
        properties.put("callpipeline.twilio.auth-token", AUTH_TOKEN);
        properties.put("callpipeline.twilio.base-url", baseUrl());
        properties.put("callpipeline.openai.api-key", OPENAI_KEY);
        properties.put("callpipeline.openai.base-url", baseUrl() + "/v1");
        properties.put("callpipeline.openai.max-retries", "0");
        return properties;
    }

    /** A call from {@code from} (E.164), a few seconds of speech; returns its SIDs. */
    public TwilioCall call(String from) {
        return call(from, TestAudio.speakingWav(4), 4);
    }

    /** A call from {@code from} to {@code to} (both E.164), four seconds of speech: {@code to} says whose call it is. */
    public TwilioCall callTo(String from, String to) {
        TwilioCall call = new TwilioCall("RE" + hex(), "CA" + hex(), from, to);
        register(call, TestAudio.speakingWav(4), 4);
        return call;
    }

    /**
     * A call from {@code from} (E.164) whose recording is {@code audio}, {@code seconds} long: a WAV
     * (served at {@code .wav}, which callpipeline downloads by default, with silent MP3 frames at
     * {@code .mp3} for the player) or an MP3 (served at {@code .mp3} only, for
     * {@code callpipeline.audio.format=mp3}).
     */
    public TwilioCall call(String from, byte[] audio, int seconds) {
        TwilioCall call = new TwilioCall("RE" + hex(), "CA" + hex(), from);
        register(call, audio, seconds);
        return call;
    }

    /** Makes Twilio know {@code call}: its recording (also in the list), the call, and the audio (WAV or MP3). */
    public void register(TwilioCall call, byte[] audio, int seconds) {
        if (TestAudio.isWav(audio)) {
            register(call, audio, TestAudio.silentMp3(seconds * 28), seconds);
        } else {
            register(call, null, audio, seconds);
        }
    }

    /**
     * Makes Twilio know {@code call}, serving {@code wav} at {@code .wav} (with or without
     * {@code RequestedChannels}) and {@code mp3} at {@code .mp3}; {@code null} for a format Twilio
     * should answer 404 for.
     */
    public void register(TwilioCall call, byte[] wav, byte[] mp3, int seconds) {
        String date = ProviderAnswers.now();
        int channels = wav == null ? 1 : TestAudio.wavChannels(wav);
        String recording = ProviderAnswers.recording(accountSid, call.callSid(), call.recordingSid(), seconds, date)
                .replace("\"channels\":1", "\"channels\":" + channels);
        server.stubFor(get(recordingPath(call.recordingSid())).willReturn(okJson(recording)));
        listed.add(0, recording);
        stubList();
        server.stubFor(get("/2010-04-01/Accounts/" + accountSid + "/Calls/" + call.callSid() + ".json")
                .willReturn(okJson(ProviderAnswers.call(accountSid, call.callSid(), call.from(), call.to(), "inbound",
                        seconds + 3, date))));
        if (wav != null) {
            server.stubFor(get(urlPathEqualTo(wavPath(call.recordingSid()))).willReturn(audio("audio/x-wav", wav)));
        }
        if (mp3 != null) {
            server.stubFor(get(urlPathEqualTo(mediaPath(call.recordingSid()))).willReturn(audio("audio/mpeg", mp3)));
        }
    }

    private static ResponseDefinitionBuilder audio(String type, byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", type)
                .withHeader("Content-Length", Integer.toString(body.length)).withBody(body);
    }

    /** What the transcriber hears in this one recording (in {@code verbose_json}, see {@link ProviderAnswers}). */
    public void transcribeAs(String recordingSid, String transcriptionJson) {
        server.stubFor(post(TRANSCRIPTIONS).atPriority(1)
                .withMultipartRequestBody(aMultipart("file").withHeader("Content-Disposition", containing(recordingSid)))
                .willReturn(okJson(transcriptionJson)));
    }

    /** What the responder answers from now on, for every call. */
    public void respondWith(ProviderAnswers.Response response) {
        server.stubFor(post(CHAT).willReturn(okJson(ProviderAnswers.chatCompletion(response))));
    }

    /** Twilio's path of a recording's JSON. */
    public String recordingPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".json";
    }

    /** Twilio's path of a recording's WAV, which callpipeline downloads to process it by default. */
    public String wavPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".wav";
    }

    /** Twilio's path of a recording's MP3, which the agent's player streams. */
    public String mediaPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".mp3";
    }

    /** Forgets every call and stub of a test's own; the defaults answer again. */
    public void reset() {
        server.resetAll();
        listed.clear();
        stubDefaults();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void stubDefaults() {
        // what Twilio answers for a recording or call it does not have (a forged callback, say)
        server.stubFor(get(urlPathMatching("/2010-04-01/Accounts/[^/]+/(Recordings|Calls)/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(ProviderAnswers.notFound())));
        server.stubFor(get("/2010-04-01/Accounts/" + accountSid + ".json").willReturn(okJson(ProviderAnswers.account(accountSid))));
        // DELETE …/Recordings/{Sid}.json, as privacy's erasure and retention ask: 204 No Content, empty
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlPathMatching("/2010-04-01/Accounts/[^/]+/Recordings/RE[0-9a-fA-F]{32}\\.json"))
                .willReturn(aResponse().withStatus(204)));
        stubList();
        stubMessages();
        server.stubFor(post(TRANSCRIPTIONS).atPriority(5).willReturn(okJson(ProviderAnswers.transcription("hebrew", SPEECH))));
        respondWith(RESPONSE);
    }

    /** The message every send is answered with ({@code 201}, queued), as Twilio's Messaging docs show it. */
    public static final String MESSAGE_SID = "SM" + "0123456789abcdef".repeat(2);

    /**
     * Twilio's Messages resource: a send is queued ({@code 201}), and its status callback follows as Twilio's
     * would, signed: {@code sent} about half a second later, {@code delivered} a second after that.
     */
    private void stubMessages() {
        server.stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages\\.json")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(ProviderAnswers.message(accountSid, MESSAGE_SID, OUR_NUMBER, "+972500000000", "…"))));
        server.addMockServiceRequestListener((request, response) -> {
            if (!"POST".equals(request.getMethod().getName()) || !request.getUrl().endsWith("/Messages.json")
                    || response.getStatus() != 201) {
                return;
            }
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : request.getBodyAsString().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            String callback = form.get("StatusCallback");
            if (callback == null) {
                return;
            }
            for (String[] step : new String[][] {{"sent", "500"}, {"delivered", "1500"}}) {
                java.util.concurrent.CompletableFuture.delayedExecutor(Long.parseLong(step[1]),
                        java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> postStatus(callback,
                        ProviderAnswers.messageStatus(accountSid, MESSAGE_SID, step[0], null, form.get("From"),
                                form.get("To"))));
            }
        });
    }

    private void postStatus(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", SignedCallback.sign(callbackToken, url, form))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            // the app is gone (a test ended): Twilio would give up too
        }
    }

    private void stubList() {
        server.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + accountSid + "/Recordings.json"))
                .willReturn(okJson(ProviderAnswers.recordingList(accountSid, listed))));
    }

    private static String hex() {
        UUID id = UUID.randomUUID();
        return HexFormat.of().toHexDigits(id.getMostSignificantBits()) + HexFormat.of().toHexDigits(id.getLeastSignificantBits());
    }

    /**
     * A call Twilio knows.
     *
     * @param recordingSid its recording, {@code RE…}
     * @param callSid      the call, {@code CA…}
     * @param from         who called, in E.164
     * @param to           the number called: which agency's call it is
     */
    public record TwilioCall(String recordingSid, String callSid, String from, String to) {

        /** A call to {@link #OUR_NUMBER}. */
        public TwilioCall(String recordingSid, String callSid, String from) {
            this(recordingSid, callSid, from, OUR_NUMBER);
        }
    }
}
