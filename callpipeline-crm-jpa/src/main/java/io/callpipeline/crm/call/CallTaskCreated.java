package io.callpipeline.crm.call;

import java.time.LocalDate;

/**
 * A task was made from a call's answer: published in the saving transaction, so a host's listener (or the
 * outbound webhook's {@code call.task_created}) hears of it exactly when it is committed. Carries no task
 * text: a receiver reads it through the API, under its own access rules.
 *
 * @param taskId     the task
 * @param callId     its call
 * @param agency     the call's agency
 * @param agent      the call's agent, or {@code null}
 * @param customerId the call's customer, or {@code null} while unassigned
 * @param dueDate    when it is due, or {@code null}
 */
public record CallTaskCreated(long taskId, long callId, String agency, String agent, Long customerId,
        LocalDate dueDate) {
}
