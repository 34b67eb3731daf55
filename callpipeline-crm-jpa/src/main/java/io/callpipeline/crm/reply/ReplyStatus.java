package io.callpipeline.crm.reply;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a reply stands, ours before Twilio answered and Twilio's after, each with its rank: a status
 * callback moves a reply only forward (callbacks arrive out of order and more than once), and a final one
 * never moves again.
 */
public enum ReplyStatus {
    /** Ours: the request to Twilio is under way. */
    PENDING(0, "בשליחה", false),
    /** Ours: Twilio's answer was lost (a timeout); its status callback, if any, will tell. Never sent again blindly. */
    UNCONFIRMED(0, "לא אושר שנשלחה", false),
    /** Refused before it left (opted out, outside WhatsApp's window, too long) or by Twilio at once. */
    REFUSED(9, "לא נשלחה", true),
    ACCEPTED(1, "התקבלה לשליחה", false),
    QUEUED(1, "בתור לשליחה", false),
    SENDING(2, "בשליחה", false),
    SENT(3, "נשלחה", false),
    UNDELIVERED(4, "לא נמסרה", true),
    FAILED(4, "נכשלה", true),
    DELIVERED(5, "נמסרה", false),
    READ(6, "נקראה", true);

    private final int rank;
    private final String hebrew;
    private final boolean last;

    ReplyStatus(int rank, String hebrew, boolean last) {
        this.rank = rank;
        this.hebrew = hebrew;
        this.last = last;
    }

    /** The status as the API writes it, e.g. {@code delivered}. */
    @JsonValue
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status as the agent reads it. */
    public String hebrew() {
        return hebrew;
    }

    /** Whether this status follows {@code current}: later, and {@code current} is not final. */
    public boolean follows(ReplyStatus current) {
        return !current.last && rank > current.rank;
    }

    /** Twilio's {@code MessageStatus} ({@code queued}, {@code delivered}…), when it is one we keep. */
    public static Optional<ReplyStatus> ofTwilio(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled" -> Optional.of(ACCEPTED);
            case "queued" -> Optional.of(QUEUED);
            case "sending" -> Optional.of(SENDING);
            case "sent" -> Optional.of(SENT);
            case "delivered" -> Optional.of(DELIVERED);
            case "read" -> Optional.of(READ);
            case "undelivered" -> Optional.of(UNDELIVERED);
            case "failed", "canceled" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
