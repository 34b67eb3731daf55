package io.callpipeline.spring.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.callpipeline.core.privacy.MessageFree;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a system that is not Java that a call has ended: a JSON event posted to the host's URL,
 * signed by the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> convention
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}: HMAC-SHA256 with the
 * shared secret, through its reference library), so the receiver can tell it is ours and drop a
 * repeat by its id. Each event is a db-scheduler job of its own in the app's database: it survives
 * a restart, is delivered by one instance, and is retried with a growing wait until the receiver
 * answers 2xx or {@code maxAttempts} are spent.
 *
 * <p>The event carries ids and the outcome only, never the transcript, the answer or a phone
 * number: the receiver reads those through the API, under its own access rules.
 */
public final class EventWebhook {

    /** db-scheduler's name for the delivery jobs. */
    public static final String TASK_NAME = "callpipeline-event-delivery";

    private static final Logger log = LoggerFactory.getLogger(EventWebhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Webhook signer;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final OneTimeTask<String> task;

    /**
     * @param secret      {@code whsec_} followed by the base64 key
     * @param maxAttempts tries of one event before it is given up
     * @param backoff     the wait before the first retry, 1.5 times longer each next one
     * @throws IllegalArgumentException for a secret that is not base64
     */
    public EventWebhook(URI url, String secret, int maxAttempts, Duration backoff, Duration timeout, Clock clock) {
        this.url = url;
        this.signer = new Webhook(secret);
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.task = Tasks.oneTime(TASK_NAME, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(maxAttempts - 1,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(backoff, 1.5),
                        (complete, ops) -> log.warn("Gave up delivering event {} to the webhook after {} attempts",
                                complete.getExecution().taskInstance.getId(), maxAttempts)))
                .execute((instance, context) -> deliver(instance.getId(), instance.getData()));
    }

    /** The delivery jobs' task, for the scheduler to know. */
    public OneTimeTask<String> task() {
        return task;
    }

    /**
     * Queues the event of a call that ended; delivered from the queue, retried until it is taken.
     *
     * @return the event's id (its {@code webhook-id})
     */
    public String queue(SchedulerClient scheduler, CallEnded ended) {
        return queue(scheduler, "call.ended", data -> {
            data.put("recording_id", ended.recordingSid());
            data.put("call_id", ended.record().event().callSid());
            data.put("account_id", ended.record().event().accountSid());
            data.put("result", ended.result().name().toLowerCase(Locale.ROOT));
            data.put("reason_code", ended.reasonCode());
            data.put("origin", ended.record().origin().name().toLowerCase(Locale.ROOT));
        });
    }

    /**
     * Queues an event of another module (the CRM's), in the caller's transaction when there is one:
     * the event is kept exactly when what it tells of is. Its {@code data} should hold ids and
     * outcomes, never what a caller said.
     *
     * @param type a dotted name, e.g. {@code call.field_decided}
     * @return the event's id (its {@code webhook-id})
     */
    public String queue(SchedulerClient scheduler, String type, Consumer<ObjectNode> data) {
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.put("timestamp", clock.instant().toString());
        data.accept(event.putObject("data"));
        scheduler.scheduleIfNotExists(task.instance(id, event.toString()), clock.instant());
        return id;
    }

    /** One attempt: 2xx is delivered; anything else (or no answer) is thrown, for the job to retry. */
    private void deliver(String id, String body) {
        long timestamp = clock.instant().getEpochSecond();
        String signature;
        try {
            signature = signer.sign(id, timestamp, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("Could not sign event " + id, e);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new EventNotDelivered("Event " + id + ": no answer from the webhook (" + MessageFree.describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotDelivered("Event " + id + ": interrupted");
        }
        if (status < 200 || status > 299) {
            throw new EventNotDelivered("Event " + id + ": the webhook answered " + status);
        }
        log.debug("Event {} delivered to the webhook", id);
    }

    /** An attempt the receiver did not take; the job retries it. No stack: it is the receiver's state, not a bug. */
    static final class EventNotDelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EventNotDelivered(String message) {
            super(message, null, false, false);
        }
    }
}
