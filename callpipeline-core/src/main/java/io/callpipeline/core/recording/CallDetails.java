package io.callpipeline.core.recording;

import java.time.Instant;

/**
 * Who called whom, which the CRM needs to put the recording on the right customer's page.
 *
 * @param callSid         the call's SID
 * @param from            the caller as the provider gives it (E.164, or e.g. {@code Anonymous})
 * @param to              the number called
 * @param direction       {@code inbound}, {@code outbound-api} or {@code outbound-dial}
 * @param startTime       when the call started, or {@code null}
 * @param durationSeconds the call's length, or {@code null} while unknown
 */
public record CallDetails(
        String callSid,
        String from,
        String to,
        String direction,
        Instant startTime,
        Integer durationSeconds) {

    /** Our side of the call: the number called for an inbound call, our caller ID for an outbound one. */
    public String ourNumber() {
        return direction != null && direction.startsWith("outbound") ? from : to;
    }
}
