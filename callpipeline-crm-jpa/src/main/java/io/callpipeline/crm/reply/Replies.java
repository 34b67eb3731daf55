package io.callpipeline.crm.reply;

import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the agent's reply to the caller, by SMS or WhatsApp, only when the agent presses send and at most
 * once: the tab's idempotency key makes a second press, or a request retried after a timeout, find the
 * first reply instead of sending another. Before any request it refuses what cannot go (the number opted
 * out, WhatsApp's 24-hour window is closed, more than {@value #MAX_LENGTH} characters, a withheld number)
 * and keeps the refusal on the call with its reason in Hebrew; a refusal by Twilio is kept the same way.
 * A reply whose answer from Twilio was lost is {@link ReplyStatus#UNCONFIRMED}, never sent again by itself:
 * its status callback (which names our reply) tells what happened. What was sent is kept with personal
 * numbers taken out, as a transcript is.
 */
public class Replies {

    /** Twilio's limit for one message's body. */
    public static final int MAX_LENGTH = 1600;

    private static final Logger log = LoggerFactory.getLogger(Replies.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final CallHistory calls;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MessageGateway gateway;
    private final MessagingContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PiiRedactor redactor;
    private final Senders senders;

    /**
     * Our address on each channel for a call: the number the caller called, unless the host set one.
     *
     * @param sms      our SMS sender, or blank for the number the caller called
     * @param whatsapp our WhatsApp sender ({@code whatsapp:+9723…}), or blank for the number the caller called
     */
    public record Senders(String sms, String whatsapp, String whatsappTemplate) {

        /** Senders without a WhatsApp template: outside the window a WhatsApp reply is refused. */
        public Senders(String sms, String whatsapp) {
            this(sms, whatsapp, "");
        }

        boolean template() {
            return whatsappTemplate != null && !whatsappTemplate.isBlank();
        }

        String of(CallLog call, ReplyChannel channel) {
            String set = channel == ReplyChannel.WHATSAPP ? whatsapp : sms;
            if (set != null && !set.isBlank()) {
                return channel.address(set.strip());
            }
            String ours = call.isOutbound() ? call.getFromNumber() : call.getToNumber();
            return ours == null ? null : channel.address(ours);
        }
    }

    public Replies(CallHistory calls, JdbcTemplate jdbc, TransactionTemplate transactions, MessageGateway gateway,
            MessagingContacts contacts, ApplicationEventPublisher events, Clock clock, PiiRedactor redactor,
            Senders senders) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.gateway = gateway;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        this.redactor = redactor;
        this.senders = senders;
    }

    /**
     * Sends (or finds, for a key already used on this call) the agent's reply.
     *
     * @param key            the tab's idempotency key for this reply (8–64 letters, digits, - or _)
     * @param statusCallback where Twilio reports the status; {@code ?reply=<id>} is added
     * @return the reply's id
     * @throws InvalidReplyException  for a missing or malformed key, or an empty body
     * @throws CallNotFoundException  for a call the scope does not see
     */
    public long send(long callId, ReplyChannel channel, String body, String key, AccessScope scope, String actor,
            URI statusCallback) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidReplyException("A reply needs an idempotency key of 8 to 64 letters, digits, - or _");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidReplyException("A reply needs a body");
        }
        String text = body.strip();
        Instant now = clock.instant();
        Draft draft = transactions.execute(status -> {
            CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
            Long existing = existing(callId, key);
            if (existing != null) {
                return new Draft(existing, null, null, null, call, null);
            }
            String to = call.getCounterpartNumber();
            boolean numbered = to != null && to.startsWith("+");
            String from = senders.of(call, channel);
            boolean windowClosed = numbered && !contacts.windowOpen(to, channel, now);
            String refusal = !numbered || from == null ? ReplyRefusals.NO_NUMBER
                    : text.length() > MAX_LENGTH ? ReplyRefusals.TOO_LONG
                    : contacts.optedOut(to, channel) ? ReplyRefusals.OPTED_OUT
                    : windowClosed && !senders.template() ? ReplyRefusals.OUTSIDE_WINDOW : null;
            String address = numbered ? channel.address(to) : String.valueOf(to);
            String template = refusal == null && windowClosed ? senders.whatsappTemplate().strip() : null;
            return new Draft(null, address, from, refusal, call, template);
        });
        if (draft.existing() != null) {
            return draft.existing();
        }
        Long id = insert(draft, channel, text, key, actor, now);
        if (id == null) { // the same key at the same moment: the other request sends
            return existing(callId, key);
        }
        if (draft.refusal() != null) {
            return id;
        }
        try {
            MessageGateway.Accepted accepted = gateway.send(new MessageGateway.Outgoing(draft.call().getAccountSid(),
                    draft.from(), draft.to(), text, URI.create(statusCallback + "?reply=" + id), draft.template(),
                    draft.template() == null ? null : variables(draft.call())));
            ReplyStatus first = ReplyStatus.ofTwilio(accepted.status()).orElse(ReplyStatus.QUEUED);
            transactions.executeWithoutResult(status -> {
                jdbc.update("update callpipeline_reply set message_sid = ?, updated_at = ? where id = ?",
                        accepted.sid(), Timestamp.from(clock.instant()), id);
                ReplyStatusUpdates.advance(jdbc, id, first, null, null, clock.instant());
                events.publishEvent(new CallReplySent(id, callId, draft.call().getOwner().agency(),
                        draft.call().getCustomer() == null ? null : draft.call().getCustomer().getId(),
                        channel.apiName(), actor));
            });
        } catch (MessageGateway.Refused refused) {
            transactions.executeWithoutResult(status -> {
                jdbc.update("update callpipeline_reply set status = ?, error_code = ?, error_message = ?, refusal = ?,"
                                + " updated_at = ? where id = ?", ReplyStatus.REFUSED.name(), refused.code(),
                        truncate(refused.getMessage()), ReplyRefusals.TWILIO, Timestamp.from(clock.instant()), id);
                if (ReplyRefusals.optedOut(refused.code())) {
                    contacts.optOut(stripChannel(draft.to()), channel, true, clock.instant());
                }
            });
        } catch (MessageGateway.Unconfirmed unconfirmed) {
            unconfirmed(id, callId, unconfirmed.getMessage());
        } catch (RuntimeException unexpected) { // a gateway of a host's that failed otherwise: sent or not, unknown
            unconfirmed(id, callId, unexpected.getClass().getSimpleName());
        }
        return id;
    }

    private void unconfirmed(long id, long callId, String why) {
        log.warn("Reply {} to call {}: the provider's answer was lost ({}); it is not sent again, its status callback"
                + " will say whether it went", id, callId, why);
        jdbc.update("update callpipeline_reply set status = ?, updated_at = ? where id = ? and status = ?",
                ReplyStatus.UNCONFIRMED.name(), Timestamp.from(clock.instant()), id, ReplyStatus.PENDING.name());
    }

    /** @param template the approved template sent instead of the text (WhatsApp's window is closed), or {@code null} */
    private record Draft(Long existing, String to, String from, String refusal, CallLog call, String template) {

        /** What the reply keeps as sent: the text, or which template went in its place. */
        String kept(String text) {
            return template == null ? text : "תבנית מאושרת " + template + " נשלחה במקום הטקסט (מחוץ לחלון 24 השעות);"
                    + " כשהלקוח ישיב, אפשר לשלוח את התשובה עצמה";
        }
    }

    private Long existing(long callId, String key) {
        List<Long> found = jdbc.queryForList("select id from callpipeline_reply where call_log_id = ? and idempotency_key = ?",
                Long.class, callId, key);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The reply's row, or {@code null} when another request inserted the same key first. */
    private Long insert(Draft draft, ReplyChannel channel, String text, String key, String actor, Instant now) {
        try {
            return transactions.execute(status -> {
                org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.update(connection -> {
                    var insert = connection.prepareStatement("insert into callpipeline_reply (call_log_id,"
                            + " idempotency_key, channel, to_number, from_number, body, status, refusal, error_message,"
                            + " sent_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, draft.call().getId());
                    insert.setString(2, key);
                    insert.setString(3, channel.name());
                    insert.setString(4, truncate64(draft.to()));
                    insert.setString(5, draft.from() == null ? "" : truncate64(draft.from()));
                    String kept = draft.kept(text);
                    insert.setString(6, redactor.redact(kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept)
                            .text());
                    insert.setString(7, (draft.refusal() == null ? ReplyStatus.PENDING : ReplyStatus.REFUSED).name());
                    insert.setString(8, draft.refusal());
                    insert.setString(9, draft.refusal() == null ? null : ReplyRefusals.ours(draft.refusal()));
                    insert.setString(10, actor);
                    insert.setTimestamp(11, Timestamp.from(now));
                    insert.setTimestamp(12, Timestamp.from(now));
                    return insert;
                }, keys);
                Map<String, Object> generated = keys.getKeys();
                Object id = generated == null || generated.isEmpty() ? keys.getKey() : generated.values().iterator().next();
                return ((Number) id).longValue();
            });
        } catch (DuplicateKeyException sameKey) {
            return null;
        }
    }

    /** The template's variables: {@code 1}, the customer's name (empty when the call has no customer). */
    private static String variables(CallLog call) {
        String name = call.getCustomer() == null || call.getCustomer().getName() == null ? ""
                : call.getCustomer().getName();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("1", name));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stripChannel(String address) {
        return address.startsWith("whatsapp:") ? address.substring("whatsapp:".length()) : address;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static String truncate64(String text) {
        return text == null || text.length() <= 64 ? text : text.substring(0, 64);
    }
}
