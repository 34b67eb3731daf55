package io.callpipeline.crm.reply;

/** A reply request that cannot be sent as asked (no key, no body): answered 400 with the reason. */
public class InvalidReplyException extends RuntimeException {

    public InvalidReplyException(String message) {
        super(message);
    }
}
