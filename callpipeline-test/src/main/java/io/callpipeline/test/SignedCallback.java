package io.callpipeline.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A recording status callback as Twilio posts it: the form fields Twilio sends and its
 * {@code X-Twilio-Signature} (HMAC-SHA1 keyed with the auth token over the URL followed by each
 * field's name and value sorted by name, in base64), so the webhook checks it like a real one.
 */
public final class SignedCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> form = new LinkedHashMap<>();

    private SignedCallback(String accountSid, String recordingSid, String callSid) {
        form.put("AccountSid", accountSid);
        form.put("CallSid", callSid);
        form.put("RecordingSid", recordingSid);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid);
        form.put("RecordingStatus", "completed");
        form.put("RecordingDuration", "4");
        form.put("RecordingChannels", "1");
        form.put("RecordingSource", "RecordVerb");
    }

    /** The {@code completed} callback of a call the stand-ins know. */
    public static SignedCallback completed(ProviderStandIns.TwilioCall call) {
        return completed(ProviderStandIns.ACCOUNT_SID, call.recordingSid(), call.callSid());
    }

    /** The {@code completed} callback of a recording of {@code accountSid}. */
    public static SignedCallback completed(String accountSid, String recordingSid, String callSid) {
        return new SignedCallback(accountSid, recordingSid, callSid);
    }

    /** Sets or replaces a field, e.g. {@code RecordingStatus=in-progress} or {@code RecordingDuration=8}. */
    public SignedCallback with(String field, String value) {
        form.put(field, value);
        return this;
    }

    /** The form fields, in the order Twilio sends them. */
    public Map<String, String> form() {
        return Map.copyOf(form);
    }

    /** The request Twilio would make to {@code url}, signed with {@code authToken}. */
    public HttpRequest request(String url, String authToken) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Posts it to the webhook at {@code url}, signed with {@link ProviderStandIns#AUTH_TOKEN}. */
    public HttpResponse<String> post(String url) throws IOException, InterruptedException {
        return post(url, ProviderStandIns.AUTH_TOKEN);
    }

    /** Posts it to the webhook at {@code url}, signed with {@code authToken}. */
    public HttpResponse<String> post(String url, String authToken) throws IOException, InterruptedException {
        return HTTP.send(request(url, authToken), HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio's signature of a form POST to {@code url} with these fields. */
    public static String sign(String authToken, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }
}
