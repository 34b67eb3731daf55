package io.callpipeline.demo.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Simulate an incoming call": registers a new call with the sandbox's Twilio, then posts its
 * recording callback, signed with the sandbox's auth token, to this app's own webhook, so the call
 * goes through the real webhook, queue and pipeline.
 */
public final class CallSimulator {

    private final SandboxProviders providers;
    private final String accountSid;
    private final String authToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String webhookUrl;

    public CallSimulator(SandboxProviders providers, String accountSid, String authToken) {
        this.providers = providers;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    /** Set once the server listens: the webhook's URL as the app sees it. */
    public void webhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    /**
     * @param from   the caller, as Twilio would give it
     * @param silent whether the caller said nothing (the transcriber then invents "תודה רבה.")
     */
    public SimulatedCall simulate(String from, boolean silent) throws IOException, InterruptedException {
        if (webhookUrl == null) {
            throw new IllegalStateException("The app is not listening yet");
        }
        String recordingSid = "RE" + hex();
        String callSid = "CA" + hex();
        providers.call(recordingSid, callSid, from, silent);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", accountSid);
        form.put("CallSid", callSid);
        form.put("RecordingSid", recordingSid);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid);
        form.put("RecordingStatus", "completed");
        form.put("RecordingDuration", silent ? "4" : "8");
        form.put("RecordingChannels", "1");
        form.put("RecordingSource", "RecordVerb");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", WebhookSigner.sign(authToken, webhookUrl, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new SimulatedCall(recordingSid, callSid, from, answer.statusCode(), answer.body());
    }

    private static String hex() {
        UUID id = UUID.randomUUID();
        return HexFormat.of().toHexDigits(id.getMostSignificantBits()) + HexFormat.of().toHexDigits(id.getLeastSignificantBits());
    }

    /**
     * @param webhookStatus what the webhook answered (200 when accepted)
     */
    public record SimulatedCall(String recordingSid, String callSid, String from, int webhookStatus, String webhookAnswer) {
    }
}
