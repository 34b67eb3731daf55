package io.callpipeline.core.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.http.RetryAfter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.Header;

/**
 * twilio-java's own HTTP client, optionally re-aimed at another base URL, that remembers what the
 * SDK forgets. The SDK always builds {@code https://{domain}.twilio.com/…}; tests and the sandbox
 * need the same calls, made by the same SDK code, to reach a local server, so each request is
 * re-issued with only the scheme, host and port replaced. It never waits out a rate limit itself.
 * And the SDK's exceptions carry neither
 * a 429's {@code Retry-After} nor, when the body is not JSON, the HTTP status: both are kept per
 * thread here so the adapter can tell a rate limit or a broken proxy from an unreachable host.
 * Each request is shown to a {@link RequestInstrumentation} as Twilio's, named by its resource
 * ({@code recordings}, {@code messages}, …).
 */
public final class BaseUrlTwilioHttpClient extends NetworkHttpClient {

    /** What the last answer on this thread said, for the error translation. */
    record LastAnswer(int status, Duration retryAfter) {
    }

    private final String baseUrl;
    private final RequestInstrumentation requests;
    private final ThreadLocal<LastAnswer> lastAnswer = new ThreadLocal<>();

    /**
     * @param baseUrl e.g. {@code http://localhost:8089}; a trailing slash is ignored; Twilio's own
     *                {@link TwilioRecordingSource#TWILIO_API} leaves every URL as it is
     */
    public BaseUrlTwilioHttpClient(URI baseUrl) {
        this(baseUrl, RequestInstrumentation.NONE);
    }

    /** The same, each request shown to {@code requests}. */
    public BaseUrlTwilioHttpClient(URI baseUrl, RequestInstrumentation requests) {
        super(HttpClientBuilder.create().useSystemProperties()
                .setConnectionManager(connections())
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                // Apache's default would sleep out a 429's Retry-After on the worker thread (for
                // hours, if Twilio asked); the retry loop reschedules the call instead.
                .disableAutomaticRetries());
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.requests = Objects.requireNonNull(requests, "requests");
        String text = baseUrl.toString();
        this.baseUrl = TwilioRecordingSource.TWILIO_API.equals(baseUrl) ? null
                : text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public Response makeRequest(Request request) {
        lastAnswer.remove();
        ProviderRequest sent = new ProviderRequest("twilio", TwilioOperation.ofUrl(request.getUrl()),
                request.getMethod() == null ? "GET" : request.getMethod().name(), null);
        try (RequestInstrumentation.InFlight inFlight = requests.start(sent)) {
            Response response;
            try {
                response = super.makeRequest(baseUrl == null ? request : rewritten(request));
            } catch (RuntimeException e) {
                sent.failed(e);
                throw e;
            }
            sent.answered(response.getStatusCode());
            lastAnswer.set(new LastAnswer(response.getStatusCode(), retryAfter(response.getHeaders())));
            return response;
        }
    }

    /** The last answer this thread received, if its request got one. */
    Optional<LastAnswer> lastAnswer() {
        return Optional.ofNullable(lastAnswer.get());
    }

    private Request rewritten(Request request) {
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
        return rewritten;
    }

    String rewrite(String url) {
        if (baseUrl == null) {
            return url;
        }
        URI original = URI.create(url);
        String path = original.getRawPath() == null ? "" : original.getRawPath();
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        return baseUrl + path + query;
    }

    private static PoolingHttpClientConnectionManager connections() {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
        pool.setDefaultMaxPerRoute(10);
        pool.setMaxTotal(20);
        return pool;
    }

    private static Duration retryAfter(Header[] headers) {
        if (headers == null) {
            return null;
        }
        for (Header header : headers) {
            if ("Retry-After".equalsIgnoreCase(header.getName())) {
                return RetryAfter.parse(header.getValue(), Clock.systemUTC()).orElse(null);
            }
        }
        return null;
    }

    private static void copy(Map<String, List<String>> from, java.util.function.BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
