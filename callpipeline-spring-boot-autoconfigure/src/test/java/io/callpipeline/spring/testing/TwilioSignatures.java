package io.callpipeline.spring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import io.callpipeline.test.SignedCallback;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Signs a callback with callpipeline-test's {@link SignedCallback} (written independently of
 * twilio-java) and checks each signature with twilio-java's validator too, so a test fails if
 * either disagrees with the other.
 */
public final class TwilioSignatures {

    private TwilioSignatures() {
    }

    /** A form POST of {@code form} to {@code url}, signed as Twilio signs its webhooks. */
    public static HttpRequest signedPost(String authToken, String url, Map<String, String> form) {
        String body = formBody(form);
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The same request sent chunked: without a {@code Content-Length}, as a client streaming its body would. */
    public static HttpRequest signedChunkedPost(String authToken, String url, Map<String, String> form) {
        byte[] bytes = formBody(form).getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** callpipeline-test's signature, checked with twilio-java's validator as well. */
    public static String sign(String authToken, String url, Map<String, String> params) {
        String signature = SignedCallback.sign(authToken, url, params);
        assertThat(new RequestValidator(authToken).validate(url, params, signature))
                .as("twilio-java accepts the test's own signature").isTrue();
        return signature;
    }
}
