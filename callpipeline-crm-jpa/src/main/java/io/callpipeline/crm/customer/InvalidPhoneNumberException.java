package io.callpipeline.crm.customer;

/** A phone number a customer cannot have: not a number, or not a valid one for its region. */
public final class InvalidPhoneNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumberException(String raw) {
        super("'" + raw + "' is not a valid phone number");
    }
}
