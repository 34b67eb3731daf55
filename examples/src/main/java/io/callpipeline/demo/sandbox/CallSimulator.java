package io.callpipeline.demo.sandbox;

import io.callpipeline.test.SignedCallback;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.UUID;

/**
 * "Simulate an incoming call": registers a new call with the sandbox's Twilio, then posts its
 * recording callback, signed with the sandbox's auth token, to this app's own webhook, so the call
 * goes through the real webhook, queue and pipeline.
 */
public final class CallSimulator {

    private final SandboxProviders providers;
    private final String accountSid;
    private final String authToken;
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
     * @param to     the number called, which says whose call it is
     * @param silent whether the caller said nothing (the transcriber then invents "תודה רבה.")
     */
    public SimulatedCall simulate(String from, String to, boolean silent) throws IOException, InterruptedException {
        if (webhookUrl == null) {
            throw new IllegalStateException("The app is not listening yet");
        }
        String recordingSid = "RE" + hex();
        String callSid = "CA" + hex();
        providers.call(recordingSid, callSid, from, to, silent);
        HttpResponse<String> answer = SignedCallback.completed(accountSid, recordingSid, callSid)
                .with("RecordingDuration", silent ? "4" : "8").post(webhookUrl, authToken);
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
