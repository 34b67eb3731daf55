package io.callpipeline.crm.reply;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twilio's status callbacks for our replies, each kept once (a repeat changes nothing) and moving the reply
 * only forward: a late "sent" after "delivered" is kept as history but the reply stays delivered. A callback
 * names our reply in its URL, so a reply whose send answer was lost (unconfirmed) learns its SID and status
 * from it. An undelivered or failed message keeps Twilio's error code and its reason in Hebrew; error 21610
 * records the number's opt-out.
 */
public class ReplyStatusUpdates {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MessagingContacts contacts;
    private final Clock clock;

    public ReplyStatusUpdates(JdbcTemplate jdbc, TransactionTemplate transactions, MessagingContacts contacts,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** What a callback did. */
    public enum Outcome { ADVANCED, KEPT_AS_HISTORY, REPEATED, UNKNOWN_REPLY, UNKNOWN_STATUS }

    /**
     * @param replyId    our reply, from the callback's URL
     * @param messageSid Twilio's message, from the form: must be the reply's when it has one
     */
    public Outcome apply(long replyId, String messageSid, String twilioStatus, Integer errorCode) {
        ReplyStatus status = ReplyStatus.ofTwilio(twilioStatus).orElse(null);
        if (status == null) {
            return Outcome.UNKNOWN_STATUS;
        }
        return transactions.execute(tx -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select message_sid, to_number, channel from callpipeline_reply"
                    + " where id = ? for update", replyId);
            if (rows.isEmpty()) {
                return Outcome.UNKNOWN_REPLY;
            }
            String sid = (String) rows.get(0).get("message_sid");
            if (sid != null && !sid.equals(messageSid)) {
                return Outcome.UNKNOWN_REPLY; // a callback about another message naming our reply: not ours
            }
            Instant now = clock.instant();
            if (sid == null && messageSid != null) {
                jdbc.update("update callpipeline_reply set message_sid = ? where id = ?", messageSid, replyId);
            }
            if (!jdbc.queryForList("select 1 from callpipeline_reply_status where reply_id = ? and status = ?",
                    Integer.class, replyId, status.name()).isEmpty()) {
                return Outcome.REPEATED;
            }
            jdbc.update("insert into callpipeline_reply_status (reply_id, status, error_code, received_at)"
                    + " values (?, ?, ?, ?)", replyId, status.name(), errorCode, Timestamp.from(now));
            if (ReplyRefusals.optedOut(errorCode)) {
                String to = (String) rows.get(0).get("to_number");
                ReplyChannel channel = ReplyChannel.valueOf((String) rows.get(0).get("channel"));
                contacts.optOut(to.startsWith("whatsapp:") ? to.substring(9) : to, channel, true, now);
            }
            return advance(jdbc, replyId, status, errorCode,
                    errorCode == null ? null : ReplyRefusals.twilio(errorCode), now)
                    ? Outcome.ADVANCED : Outcome.KEPT_AS_HISTORY;
        });
    }

    /** Moves the reply to {@code status} if it follows the reply's current one; whether it did. */
    static boolean advance(JdbcTemplate jdbc, long replyId, ReplyStatus status, Integer errorCode, String reason,
            Instant now) {
        String current = jdbc.queryForObject("select status from callpipeline_reply where id = ?", String.class, replyId);
        if (!status.follows(ReplyStatus.valueOf(current))) {
            return false;
        }
        jdbc.update("update callpipeline_reply set status = ?, updated_at = ? where id = ?", status.name(),
                Timestamp.from(now), replyId);
        if (errorCode != null) {
            jdbc.update("update callpipeline_reply set error_code = ?, error_message = ? where id = ?", errorCode,
                    reason, replyId);
        }
        return true;
    }
}
