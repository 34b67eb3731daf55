package io.callpipeline.crm.reply;

import java.net.URI;

/**
 * Sends one message: the one seam between a reply and the provider that carries it, so a host may send
 * through another (a Messaging Service, another carrier) with one bean. The default,
 * {@link TwilioMessageGateway}, posts to Twilio's Messages resource through twilio-java.
 */
public interface MessageGateway {

    /**
     * @param accountSid     the account the call belongs to (a subaccount's messages go from it)
     * @param from           our address on the channel ({@code +9723…} or {@code whatsapp:+9723…})
     * @param to             the caller's, likewise
     * @param statusCallback where the provider reports the message's status
     * @param template       an approved template ({@code HX…}) sent instead of {@code body}, or {@code null}
     * @param variables      the template's variables as JSON ({@code {"1": "דנה"}}), or {@code null}
     */
    record Outgoing(String accountSid, String from, String to, String body, URI statusCallback, String template,
            String variables) {

        /** A free-form message. */
        public Outgoing(String accountSid, String from, String to, String body, URI statusCallback) {
            this(accountSid, from, to, body, statusCallback, null, null);
        }
    }

    /** The provider took the message: its id and first status ({@code queued}, {@code accepted}). */
    record Accepted(String sid, String status) {
    }

    /** The provider refused the message, with its error code and message. */
    final class Refused extends RuntimeException {
        private final Integer code;

        public Refused(Integer code, String message) {
            super(message);
            this.code = code;
        }

        public Integer code() {
            return code;
        }
    }

    /** Whether the provider took the message is unknown (a timeout, a lost answer): never resend blindly. */
    final class Unconfirmed extends RuntimeException {
        public Unconfirmed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @throws Refused     when the provider refused it
     * @throws Unconfirmed when its answer was lost
     */
    Accepted send(Outgoing message);
}
