package io.callpipeline.crm.customer;

/** How a customer came to exist, so an agent can tell a lead the phone made from one a person entered. */
public enum CustomerOrigin {
    /** Entered by a person or imported by the host. */
    MANUAL,
    /** Made when an unknown number called. */
    INBOUND_CALL,
    /** Made when a recorded call went out to an unknown number. */
    OUTBOUND_CALL,
    /** Stands for a customer of the host's own (see {@link HostCustomers}); its ref is the host's id. */
    HOST
}
