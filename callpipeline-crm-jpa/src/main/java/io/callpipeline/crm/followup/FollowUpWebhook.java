package io.callpipeline.crm.followup;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.callpipeline.crm.call.CallTaskCreated;
import io.callpipeline.spring.events.EventWebhook;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts the follow-through to the outbound webhook: each agent's decision on an extracted field as a
 * {@code call.field_decided} event, each task made from a call's answer as {@code call.task_created}, each
 * reply the provider took as {@code call.reply_sent}, queued
 * in the transaction that made it: one that is rolled back sends nothing, and one that is committed cannot
 * lose its event. The events name the call, the field or task and what happened, not the values: the
 * receiver reads those through the API, under its own access rules.
 */
public final class FollowUpWebhook {

    private final Supplier<EventWebhook> webhook;
    private final Supplier<SchedulerClient> scheduler;

    /**
     * @param webhook   the starter's webhook, or {@code null} when it sends none (no background processing)
     * @param scheduler the queue it is delivered from, likewise
     */
    public FollowUpWebhook(Supplier<EventWebhook> webhook, Supplier<SchedulerClient> scheduler) {
        this.webhook = webhook;
        this.scheduler = scheduler;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void decided(CallFieldDecided decided) {
        queue("call.field_decided", data -> {
            data.put("call_id", decided.callId());
            data.put("agency", decided.agency());
            data.put("customer_id", decided.customerId());
            data.put("customer_ref", decided.customerRef());
            data.put("field", decided.decision().field());
            data.put("decision", decided.decision().kind().name().toLowerCase(Locale.ROOT));
            data.put("decided_at", decided.decision().decidedAt());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void replySent(io.callpipeline.crm.reply.CallReplySent sent) {
        queue("call.reply_sent", data -> {
            data.put("reply_id", sent.replyId());
            data.put("call_id", sent.callId());
            data.put("agency", sent.agency());
            data.put("customer_id", sent.customerId());
            data.put("channel", sent.channel());
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void taskCreated(CallTaskCreated created) {
        queue("call.task_created", data -> {
            data.put("task_id", created.taskId());
            data.put("call_id", created.callId());
            data.put("agency", created.agency());
            data.put("agent", created.agent());
            data.put("customer_id", created.customerId());
            data.put("due_date", created.dueDate() == null ? null : created.dueDate().toString());
        });
    }

    /** Queues the event when the starter sends a webhook (background processing on); nothing otherwise. */
    private void queue(String type, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> data) {
        EventWebhook to = webhook.get();
        SchedulerClient queue = scheduler.get();
        if (to != null && queue != null) {
            to.queue(queue, type, data);
        }
    }
}
