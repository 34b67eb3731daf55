package io.callpipeline.spring.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The URL Twilio posted to, which is what Twilio signed. Behind a proxy or load balancer the app
 * sees another scheme, host or port, so the signature can only be checked against the configured
 * public base URL, or (when trusted) the {@code X-Forwarded-*} headers the proxy sets.
 *
 * <p>The public base URL is the app's root as Twilio sees it, servlet context path included
 * ({@code https://crm.example.com/crm} for an app under {@code /crm}); without one, the request's own
 * scheme, host, port and context path are the root. Paths are the app's own (without the context
 * path), so a callback URL given to Twilio and a URL checked for a signature always agree.
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
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return resolve(request, path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    /** The public URL of a path of this app (e.g. {@code /webhook/handle_recording}), context path included. */
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
                port = portOr(forwardedHost.substring(colon + 1), defaultPort(scheme));
            } else {
                host = forwardedHost;
                port = portOr(first(request.getHeader("X-Forwarded-Port"), ""), defaultPort(scheme));
            }
        }
        boolean defaultPort = port == defaultPort(scheme);
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + contextPath + pathAndQuery;
    }

    /** A port as a header gives it; anything that is not one (a forged or broken header) counts as absent. */
    private static int portOr(String value, int fallback) {
        if (value == null || !value.matches("[0-9]{1,5}")) {
            return fallback;
        }
        int port = Integer.parseInt(value);
        return port >= 1 && port <= 65535 ? port : fallback;
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
