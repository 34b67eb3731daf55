package io.callpipeline.spring.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The URL Twilio posted to, which is what Twilio signed. Behind a proxy or load balancer the app
 * sees another scheme, host or port, so the signature can only be checked against the configured
 * public base URL, or (when trusted) the {@code X-Forwarded-*} headers the proxy sets.
 */
public final class PublicUrlResolver {

    private final URI publicBaseUrl;
    private final boolean trustForwardedHeaders;

    /**
     * @param publicBaseUrl         e.g. {@code https://crm.example.com}; {@code null} to use the request's
     * @param trustForwardedHeaders whether {@code X-Forwarded-Proto/Host/Port} may be believed
     */
    public PublicUrlResolver(URI publicBaseUrl, boolean trustForwardedHeaders) {
        this.publicBaseUrl = publicBaseUrl;
        this.trustForwardedHeaders = trustForwardedHeaders;
    }

    /** The URL of this request as Twilio sent it. */
    public String resolve(HttpServletRequest request) {
        return resolve(request, request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    /** The public URL of another path on this app. */
    public String resolve(HttpServletRequest request, String pathAndQuery) {
        if (publicBaseUrl != null) {
            String base = publicBaseUrl.toString();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
        }
        String scheme = request.getScheme();
        String host = request.getServerName();
        int port = request.getServerPort();
        if (trustForwardedHeaders && request.getHeader("X-Forwarded-Host") != null) {
            scheme = first(request.getHeader("X-Forwarded-Proto"), scheme);
            String forwardedHost = first(request.getHeader("X-Forwarded-Host"), host);
            int colon = forwardedHost.lastIndexOf(':');
            if (colon > 0 && !forwardedHost.endsWith("]")) {
                host = forwardedHost.substring(0, colon);
                port = Integer.parseInt(forwardedHost.substring(colon + 1));
            } else {
                host = forwardedHost;
                String forwardedPort = request.getHeader("X-Forwarded-Port");
                port = forwardedPort != null ? Integer.parseInt(first(forwardedPort, "")) : defaultPort(scheme);
            }
        }
        boolean defaultPort = port == defaultPort(scheme);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + pathAndQuery;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String first(String headerValue, String fallback) {
        if (headerValue == null || headerValue.isBlank()) {
            return fallback;
        }
        int comma = headerValue.indexOf(',');
        return (comma >= 0 ? headerValue.substring(0, comma) : headerValue).trim();
    }
}
