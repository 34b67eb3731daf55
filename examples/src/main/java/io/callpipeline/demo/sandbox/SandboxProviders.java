package io.callpipeline.demo.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Twilio's REST API and OpenAI on one local WireMock server, for sandbox mode: the app reaches them
 * through twilio-java and openai-java exactly as it would the real services, and gets their real
 * JSON shapes (see {@link SandboxAnswers}). Each simulated call is registered here first: its
 * recording, its call with the chosen caller, and the bundled Hebrew recording (or silence).
 */
public final class SandboxProviders implements AutoCloseable {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private final WireMockServer server;
    private final String accountSid;
    private final byte[] speech = resource("/sandbox/call-he.mp3");
    private final byte[] silence = resource("/sandbox/silence.mp3");
    private final List<String> listed = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param transcriptionModel and {@code chatModel}: the models the self-check asks about
     */
    public SandboxProviders(int port, String accountSid, String transcriptionModel, String chatModel) {
        this.accountSid = accountSid;
        this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(port)
                .disableRequestJournal().asynchronousResponseEnabled(false));
        server.start();
        server.stubFor(post("/v1/audio/transcriptions").atPriority(5)
                .willReturn(okJson(SandboxAnswers.speechTranscription())));
        server.stubFor(post("/v1/chat/completions").willReturn(okJson(SandboxAnswers.chatCompletion())));
        for (String model : new String[] {transcriptionModel, chatModel}) {
            server.stubFor(get("/v1/models/" + model).willReturn(okJson(SandboxAnswers.model(model))));
        }
        server.stubFor(get("/2010-04-01/Accounts/" + accountSid + ".json")
                .willReturn(okJson(SandboxAnswers.account(accountSid))));
        // what Twilio answers for a recording or call it does not have (a forged callback, say)
        listRecordings();
        server.stubFor(get(urlPathMatching("/2010-04-01/Accounts/[^/]+/(Recordings|Calls)/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(SandboxAnswers.notFound())));
    }

    /** The account's recordings list, newest first, as reconciliation reads it (one page). */
    private void listRecordings() {
        server.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + accountSid + "/Recordings.json"))
                .willReturn(okJson(SandboxAnswers.recordingList(accountSid, listed))));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Makes the sandbox number's voice URL this app's, as the console would after setup. */
    public void phoneNumber(String phoneNumber, String voiceUrl) {
        server.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers.json"))
                .withQueryParam("PhoneNumber", equalTo(phoneNumber))
                .willReturn(okJson(SandboxAnswers.incomingPhoneNumbers(accountSid, phoneNumber, voiceUrl))));
    }

    /** Registers one call: Twilio will know its recording and who called, and serve the audio. */
    public void call(String recordingSid, String callSid, String from, boolean silent) {
        String now = RFC_2822.format(ZonedDateTime.now());
        byte[] audio = silent ? silence : speech;
        int seconds = silent ? 4 : 8;
        String recordings = "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
        String recording = SandboxAnswers.recording(accountSid, callSid, recordingSid, seconds, now);
        server.stubFor(get(recordings + ".json").willReturn(okJson(recording)));
        listed.add(0, recording);
        listRecordings();
        server.stubFor(get("/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json").willReturn(okJson(
                SandboxAnswers.call(accountSid, callSid, from, seconds + 3, now))));
        server.stubFor(get(recordings + ".mp3").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withHeader("Content-Length", Integer.toString(audio.length))
                .withBody(audio)));
        if (silent) {
            // what Whisper really does with silence: it invents a polite phrase
            server.stubFor(post("/v1/audio/transcriptions").atPriority(1)
                    .withMultipartRequestBody(aMultipart("file").withHeader("Content-Disposition", containing(recordingSid)))
                    .willReturn(okJson(SandboxAnswers.silenceTranscription())));
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static byte[] resource(String path) {
        try (InputStream in = SandboxProviders.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing sandbox resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
