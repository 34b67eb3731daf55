package io.callpipeline.crm.customer;

/** Another customer already has this number: numbers are unique so calls land on one page. */
public final class DuplicatePhoneException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final long existingCustomerId;

    public DuplicatePhoneException(String phone, long existingCustomerId) {
        super("Customer " + existingCustomerId + " already has the number " + phone);
        this.existingCustomerId = existingCustomerId;
    }

    public long existingCustomerId() {
        return existingCustomerId;
    }
}
