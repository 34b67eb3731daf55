package io.callpipeline.spring.webhook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The short plain-text answers both webhooks give Twilio: never a stack trace, never HTML. */
final class PlainAnswers {

    private PlainAnswers() {
    }

    static ResponseEntity<String> text(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }

    /** 503 with {@code Retry-After}: nothing was kept, and Twilio may try again (the connection overrides ask it to). */
    static ResponseEntity<String> unavailable(String body) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.TEXT_PLAIN).body(body);
    }

    static ResponseEntity<String> methodNotAllowed() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .contentType(MediaType.TEXT_PLAIN).body("Method Not Allowed");
    }
}
