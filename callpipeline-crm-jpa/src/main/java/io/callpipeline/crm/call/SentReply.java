package io.callpipeline.crm.call;

import java.time.Instant;

/**
 * A reply an agent sent (or tried to send) to the caller, as the call shows it: read with the call by
 * {@link CallHistory}; written only by the reply's own sending and status callbacks.
 *
 * @param channel      {@code SMS} or {@code WHATSAPP}
 * @param body         what was sent, personal numbers taken out
 * @param status       where it stands ({@code QUEUED}, {@code DELIVERED}, {@code REFUSED}…)
 * @param errorCode    Twilio's error code, or {@code null}
 * @param errorMessage why it did not go, in Hebrew, or {@code null}
 * @param refusal      our refusal's code ({@code opted_out}…), {@code twilio} for Twilio's, or {@code null}
 */
public record SentReply(long id, String channel, String to, String body, String status, Integer errorCode,
        String errorMessage, String refusal, String sentBy, Instant createdAt, Instant updatedAt) {
}
