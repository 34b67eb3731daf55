package io.callpipeline.crm.call;

/**
 * An answer a call had before it was answered again with today's prompt and model; kept so the
 * agent can compare, and never lost.
 *
 * @param answeredUntil when it was replaced, as ISO-8601
 */
public record EarlierAnswer(String summary, String suggestedReply, String intent, Boolean followUpNeeded,
        String model, String answeredUntil) {
}
