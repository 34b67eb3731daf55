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
 * @param realCall        the model's second opinion, given in the same answer at no extra request:
 *                        whether the transcript is a real phone call rather than text the transcriber
 *                        invented; {@code false} ends the call as gibberish and offers no reply
 * @param notACallReason  why not, in Hebrew, when {@code realCall} is {@code false}
 */
public record CallResponse(
        String summary,
        String suggestedReply,
        String intent,
        LeadDetails leadDetails,
        boolean followUpNeeded,
        String model,
        boolean realCall,
        String notACallReason) {

    public CallResponse {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(suggestedReply, "suggestedReply");
        Objects.requireNonNull(intent, "intent");
        leadDetails = leadDetails == null ? LeadDetails.none() : leadDetails;
    }

    /** An answer to a real call. */
    public CallResponse(String summary, String suggestedReply, String intent, LeadDetails leadDetails,
            boolean followUpNeeded, String model) {
        this(summary, suggestedReply, intent, leadDetails, followUpNeeded, model, true, null);
    }
}
