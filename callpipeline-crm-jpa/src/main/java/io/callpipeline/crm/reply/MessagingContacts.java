package io.callpipeline.crm.reply;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What we know of a number on a channel: whether it opted out (STOP, "הסר"; or Twilio said so with error
 * 21610) and when it last wrote to us, which opens WhatsApp's 24-hour window for free-form replies.
 */
public class MessagingContacts {

    /** WhatsApp's customer-service window: free-form messages only within it of the customer's last message. */
    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final io.callpipeline.crm.persistence.UniqueInsert inserts;

    public MessagingContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inserts = new io.callpipeline.crm.persistence.UniqueInsert(jdbc);
    }

    /** Whether the number opted out on the channel. */
    public boolean optedOut(String number, ReplyChannel channel) {
        return !jdbc.queryForList("select 1 from callpipeline_messaging_contact where number = ? and channel = ?"
                + " and opted_out_at is not null", Integer.class, number, channel.name()).isEmpty();
    }

    /** Whether a free-form message may go now: SMS always; WhatsApp within 24 hours of the customer's last message. */
    public boolean windowOpen(String number, ReplyChannel channel, Instant now) {
        if (channel != ReplyChannel.WHATSAPP) {
            return true;
        }
        List<Timestamp> last = jdbc.queryForList("select last_inbound_at from callpipeline_messaging_contact"
                + " where number = ? and channel = ?", Timestamp.class, number, channel.name());
        return !last.isEmpty() && last.get(0) != null
                && last.get(0).toInstant().isAfter(now.minus(WHATSAPP_WINDOW));
    }

    /** The number wrote to us on the channel at {@code at}. */
    public void wrote(String number, ReplyChannel channel, Instant at) {
        upsert(number, channel);
        jdbc.update("update callpipeline_messaging_contact set last_inbound_at = ? where number = ? and channel = ?",
                Timestamp.from(at), number, channel.name());
    }

    /** The number opted out ({@code true}) or back in. */
    public void optOut(String number, ReplyChannel channel, boolean out, Instant at) {
        upsert(number, channel);
        jdbc.update("update callpipeline_messaging_contact set opted_out_at = ? where number = ? and channel = ?",
                out ? Timestamp.from(at) : null, number, channel.name());
    }

    /** The number's row on the channel, made unless there (another request's insert at the same moment counts). */
    private void upsert(String number, ReplyChannel channel) {
        if (jdbc.queryForList("select 1 from callpipeline_messaging_contact where number = ? and channel = ?",
                Integer.class, number, channel.name()).isEmpty()) {
            // behind a savepoint: a twin insert refused on PostgreSQL does not spoil the caller's transaction
            inserts.insert("insert into callpipeline_messaging_contact (number, channel) values (?, ?)", number,
                    channel.name());
        }
    }
}
