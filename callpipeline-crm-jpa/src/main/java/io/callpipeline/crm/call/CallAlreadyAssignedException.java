package io.callpipeline.crm.call;

/**
 * The call already belongs to another customer: assigning is for unassigned calls, so an agent
 * never moves a customer's call away by mistake. A 409 in the API.
 */
public final class CallAlreadyAssignedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CallAlreadyAssignedException(long callId, long customerId) {
        super("Call " + callId + " already belongs to customer " + customerId);
    }

    private CallAlreadyAssignedException(String message) {
        super(message);
    }

    /** The customer belongs to another agency than the call: a call never crosses agencies. */
    public static CallAlreadyAssignedException otherAgency(long callId, long customerId) {
        return new CallAlreadyAssignedException("Customer " + customerId + " belongs to another agency than call "
                + callId);
    }
}
