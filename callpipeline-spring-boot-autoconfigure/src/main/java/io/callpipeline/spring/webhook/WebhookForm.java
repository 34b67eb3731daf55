package io.callpipeline.spring.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The POST parameters of a Twilio webhook, as every webhook of ours reads them (recordings, calls, messages): the body itself, read here up
 * to the size cap whether or not it says its length (a chunked body is held to the cap too), and
 * parsed as the form Twilio sends. Twilio signs the URL (with its query) plus the body's
 * parameters, so only the body's parameters are the form. A body that cannot be read (bad
 * %-encoding, raw bytes that are not ASCII, more parameters than {@value #MAX_PARAMETERS}) is one
 * WARN line and an empty answer, never a stack trace: anyone can send one before any signature
 * is checked.
 */
public final class WebhookForm {

    /** More parameters than Twilio ever sends (about 20), far fewer than a body could hold. */
    static final int MAX_PARAMETERS = 1000;

    private static final Logger log = LoggerFactory.getLogger(WebhookForm.class);

    private WebhookForm() {
    }

    /**
     * A webhook request's form, or the plain answer that refuses it.
     *
     * @param form    the body's parameters (the first value of each), or {@code null} when refused
     * @param refusal 405 when it is not a POST, 413 when its body is larger than the cap, 400 when it
     *                cannot be read; {@code null} otherwise
     */
    public record Post(Map<String, String> form, ResponseEntity<String> refusal) {
    }

    /** Reads a webhook request as Twilio sends it: a POST with a form body of at most {@code maxBodyBytes}. */
    public static Post post(HttpServletRequest request, long maxBodyBytes) {
        if (!"POST".equals(request.getMethod())) {
            return new Post(null, PlainAnswers.methodNotAllowed());
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            return new Post(null, PlainAnswers.text(HttpStatus.CONTENT_TOO_LARGE, "Body too large"));
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + 1));
        } catch (IOException | RuntimeException unreadable) {
            log.warn("Refused a webhook request whose body cannot be read: {}", unreadable.getClass().getSimpleName());
            return new Post(null, PlainAnswers.text(HttpStatus.BAD_REQUEST, "The form body cannot be read"));
        }
        if (body.length > maxBodyBytes) {
            return new Post(null, PlainAnswers.text(HttpStatus.CONTENT_TOO_LARGE, "Body too large"));
        }
        try {
            return new Post(body.length == 0 ? alreadyParsed(request) : parse(body), null);
        } catch (RuntimeException unreadable) {
            log.warn("Refused a webhook request whose form body cannot be read: {}", unreadable.getClass().getSimpleName());
            return new Post(null, PlainAnswers.text(HttpStatus.BAD_REQUEST, "The form body cannot be read"));
        }
    }

    /** {@code a=1&b=%D7%A9}: the first value of each name. */
    static Map<String, String> parse(byte[] body) {
        for (byte b : body) {
            if (b < 0x20 || b > 0x7e) {
                throw new IllegalArgumentException("A form body is URL-encoded ASCII");
            }
        }
        Map<String, String> form = new HashMap<>();
        String[] pairs = new String(body, StandardCharsets.US_ASCII).split("&");
        if (pairs.length > MAX_PARAMETERS) {
            throw new IllegalArgumentException("More than " + MAX_PARAMETERS + " parameters");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
            form.putIfAbsent(name, nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /**
     * The body's parameters when a filter before us (a host's) already read the body through the
     * container: its parameters less those of the query, which Twilio did not put in the body.
     */
    private static Map<String, String> alreadyParsed(HttpServletRequest request) {
        Map<String, Integer> inQuery = new HashMap<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                inQuery.merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            List<String> body = List.of(values).subList(Math.min(values.length, inQuery.getOrDefault(name, 0)),
                    values.length);
            if (!body.isEmpty()) {
                form.put(name, body.get(0));
            }
        });
        return form;
    }
}
