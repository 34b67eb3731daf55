package io.callpipeline.crm.followup;

/**
 * A decision the call cannot take as asked: a field its answer does not have, an edit without a value,
 * accepting a field the caller did not say, a call not answered yet. The API answers 400 with the message.
 */
public final class InvalidFieldDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidFieldDecisionException(String message) {
        super(message);
    }
}
