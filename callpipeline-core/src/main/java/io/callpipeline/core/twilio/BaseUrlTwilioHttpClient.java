package io.callpipeline.core.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * twilio-java's own HTTP client, re-aimed at another base URL. The SDK always builds
 * {@code https://{domain}.twilio.com/…}; tests and the sandbox need the same calls, made by the same
 * SDK code, to reach a local server. Each request is re-issued with only the scheme, host and port
 * replaced; method, path, query, form, headers and authentication are kept.
 */
public final class BaseUrlTwilioHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    /**
     * @param baseUrl e.g. {@code http://localhost:8089}; a trailing slash is ignored
     */
    public BaseUrlTwilioHttpClient(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String text = baseUrl.toString();
        this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public Response makeRequest(Request request) {
        Request rewritten = new Request(request.getMethod(), rewrite(request.getUrl()));
        copy(request.getQueryParams(), rewritten::addQueryParam);
        copy(request.getPostParams(), rewritten::addPostParam);
        copy(request.getHeaderParams(), rewritten::addHeaderParam);
        if (request.getAuthStrategy() != null) {
            rewritten.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            rewritten.setAuth(request.getUsername(), request.getPassword());
        }
        if (request.getContentType() != null) {
            rewritten.setContentType(request.getContentType());
        }
        if (request.getBody() != null) {
            rewritten.setBody(request.getBody());
        }
        return super.makeRequest(rewritten);
    }

    String rewrite(String url) {
        URI original = URI.create(url);
        String path = original.getRawPath() == null ? "" : original.getRawPath();
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        return baseUrl + path + query;
    }

    private static void copy(Map<String, List<String>> from, java.util.function.BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
