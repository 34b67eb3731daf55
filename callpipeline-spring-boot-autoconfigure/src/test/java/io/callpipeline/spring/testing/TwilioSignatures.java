package io.callpipeline.spring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a callback the way Twilio does, written independently of twilio-java (HMAC-SHA1 over the
 * URL and the sorted parameters, base64), and checks each signature with twilio-java's validator
 * too, so a test fails if either disagrees with the other.
 */
public final class TwilioSignatures {

    private TwilioSignatures() {
    }

    /** A form POST of {@code form} to {@code url}, signed as Twilio signs its webhooks. */
    public static HttpRequest signedPost(String authToken, String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(authToken, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public static String sign(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(new RequestValidator(authToken).validate(url, params, signature))
                    .as("twilio-java accepts the test's own signature").isTrue();
            return signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
