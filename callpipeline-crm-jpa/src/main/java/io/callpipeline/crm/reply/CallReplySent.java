package io.callpipeline.crm.reply;

/**
 * The provider took an agent's reply to a call: published in the transaction that records it, so a host's
 * listener (or the outbound webhook's {@code call.reply_sent}) hears of it once it is committed. Carries no
 * text and no number.
 *
 * @param replyId    the reply
 * @param callId     its call
 * @param agency     the call's agency
 * @param customerId the call's customer, or {@code null}
 * @param channel    {@code sms} or {@code whatsapp}
 * @param sentBy     the agent who pressed send
 */
public record CallReplySent(long replyId, long callId, String agency, Long customerId, String channel,
        String sentBy) {
}
