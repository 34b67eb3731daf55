package io.callpipeline.spring.webhook;

import jakarta.servlet.http.HttpServletRequest;
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
 * The POST parameters of a Twilio webhook, as both webhooks read them. Twilio signs the URL (with
 * its query) plus the body's parameters, so query parameters are not counted twice. A body the
 * servlet container cannot parse (bad %-encoding, more parameters than it allows, bytes that are
 * not UTF-8) is one WARN line and an empty answer, never a stack trace: anyone can send one
 * before any signature is checked.
 */
final class WebhookForm {

    private static final Logger log = LoggerFactory.getLogger(WebhookForm.class);

    private WebhookForm() {
    }

    /**
     * A webhook request's form, or the plain answer that refuses it.
     *
     * @param form    the body's parameters (the first value of each), or {@code null} when refused
     * @param refusal 405 when it is not a POST, 400 when its body cannot be read; {@code null} otherwise
     */
    record Post(Map<String, String> form, ResponseEntity<String> refusal) {
    }

    /** Reads a webhook request as Twilio sends it: a POST with a form body. */
    static Post post(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return new Post(null, PlainAnswers.methodNotAllowed());
        }
        try {
            return new Post(postParameters(request), null);
        } catch (RuntimeException unreadable) {
            log.warn("Refused a webhook request whose form body cannot be read: {}", unreadable.getClass().getSimpleName());
            return new Post(null, PlainAnswers.text(HttpStatus.BAD_REQUEST, "The form body cannot be read"));
        }
    }

    private static Map<String, String> postParameters(HttpServletRequest request) {
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
