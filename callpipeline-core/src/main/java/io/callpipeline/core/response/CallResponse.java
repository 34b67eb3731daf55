package io.callpipeline.core.response;

import java.util.Objects;

/**
 * The LLM's answer to a call, in Hebrew: what the agent reads on the customer's page and may send
 * back. Every field is filled or the whole response is an error; there is no half response.
 *
 * @param summary         what the caller wanted, in a sentence or two
 * @param suggestedReply  what the agent could answer
 * @param intent          a short label such as "קנייה", "השכרה", "טעות במספר"
 * @param leadDetails     the lead's details the caller mentioned
 * @param followUpNeeded  whether the agent should call back
 * @param model           the model that answered
 */
public record CallResponse(
        String summary,
        String suggestedReply,
        String intent,
        LeadDetails leadDetails,
        boolean followUpNeeded,
        String model) {

    public CallResponse {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(suggestedReply, "suggestedReply");
        Objects.requireNonNull(intent, "intent");
        leadDetails = leadDetails == null ? LeadDetails.none() : leadDetails;
    }
}
