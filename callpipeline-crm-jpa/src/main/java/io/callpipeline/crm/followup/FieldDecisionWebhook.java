package io.callpipeline.crm.followup;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.callpipeline.spring.events.EventWebhook;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts each agent's decision on an extracted field to the outbound webhook as a
 * {@code call.field_decided} event, queued in the decision's own transaction: a decision that
 * is rolled back sends nothing, and one that is committed cannot lose its event. The event names the
 * call, the field and what was decided, not the value: the receiver reads that through the API,
 * under its own access rules.
 */
public final class FieldDecisionWebhook {

    private final Supplier<EventWebhook> webhook;
    private final Supplier<SchedulerClient> scheduler;

    /**
     * @param webhook   the starter's webhook, or {@code null} when it sends none (no background processing)
     * @param scheduler the queue it is delivered from, likewise
     */
    public FieldDecisionWebhook(Supplier<EventWebhook> webhook, Supplier<SchedulerClient> scheduler) {
        this.webhook = webhook;
        this.scheduler = scheduler;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void decided(CallFieldDecided decided) {
        EventWebhook to = webhook.get();
        SchedulerClient queue = scheduler.get();
        if (to == null || queue == null) {
            return;
        }
        to.queue(queue, "call.field_decided", data -> {
            data.put("call_id", decided.callId());
            data.put("agency", decided.agency());
            data.put("customer_id", decided.customerId());
            data.put("customer_ref", decided.customerRef());
            data.put("field", decided.decision().field());
            data.put("decision", decided.decision().kind().name().toLowerCase(Locale.ROOT));
            data.put("decided_at", decided.decision().decidedAt());
        });
    }
}
