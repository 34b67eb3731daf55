package io.callpipeline.spring.events;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.callpipeline.core.privacy.MessageFree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Queues an {@link EventWebhook} delivery for each {@link CallEnded}: the in-process event becomes
 * the outbound one. Queuing is a row in the app's database; if that fails, the event is lost (logged
 * at WARN) and the call is not changed.
 */
public final class EventWebhookListener {

    private static final Logger log = LoggerFactory.getLogger(EventWebhookListener.class);

    private final EventWebhook webhook;
    private final SchedulerClient scheduler;

    public EventWebhookListener(EventWebhook webhook, SchedulerClient scheduler) {
        this.webhook = webhook;
        this.scheduler = scheduler;
    }

    @EventListener
    public void callEnded(CallEnded ended) {
        try {
            String id = webhook.queue(scheduler, ended);
            log.debug("Recording {}: event {} queued for the webhook", ended.recordingSid(), id);
        } catch (RuntimeException e) {
            log.warn("Recording {}: could not queue its event for the webhook: {}", ended.recordingSid(),
                    MessageFree.describe(e));
        }
    }
}
