package io.callpipeline.core.recording;

import java.time.Instant;

/**
 * Who called whom, which the CRM needs to put the recording on the right customer's page.
 *
 * @param callSid         the call's SID
 * @param from            the caller as the provider gives it (E.164, or e.g. {@code Anonymous})
 * @param to              the number called
 * @param direction       which way the call went, or {@code null} when the provider did not say
 * @param startTime       when the call started, or {@code null}
 * @param durationSeconds the call's length, or {@code null} while unknown
 */
public record CallDetails(
        String callSid,
        String from,
        String to,
        CallDirection direction,
        Instant startTime,
        Integer durationSeconds) {

    /**
     * The customer's side of the call: who called us, or whom we called. A call whose direction is
     * not known is taken as inbound.
     */
    public String theirNumber() {
        return direction == CallDirection.OUTBOUND ? to : from;
    }

    /** Our side of the call: the number called for an inbound call, our caller ID for an outbound one. */
    public String ourNumber() {
        return direction == CallDirection.OUTBOUND ? from : to;
    }
}
