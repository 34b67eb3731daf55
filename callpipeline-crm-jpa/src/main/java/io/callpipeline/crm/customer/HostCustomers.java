package io.callpipeline.crm.customer;

import java.util.Optional;

/**
 * The host's own customers, for a CRM that already has a customer table: define one bean of this
 * type and each call is linked to the host's customer with the caller's number instead of to a
 * customer of ours. A call from a number the host does not know stays unassigned (the host, not
 * the phone, decides who is a customer). The tab on the host's customer page then takes the host's
 * id: {@code <callpipeline-calls customer-ref="…">}.
 */
@FunctionalInterface
public interface HostCustomers {

    /**
     * @param e164 the other party's number in E.164, e.g. {@code +972541234567}
     * @return the host's customer with that number, or empty when there is none
     */
    Optional<HostCustomer> findByPhone(String e164);

    /**
     * The agency's customer with that number. A host whose customers belong to agencies overrides
     * this, so that a call to one agency never links to another agency's customer; the default
     * asks {@link #findByPhone(String)}, for a host with one agency.
     *
     * @param agency the id of the call's agency ({@code CallOwner#agency()})
     */
    default Optional<HostCustomer> findByPhone(String agency, String e164) {
        return findByPhone(e164);
    }

    /**
     * A customer as the host knows it.
     *
     * @param ref  the host's id for it, as text (at most 100 characters); what {@code customer-ref} names
     * @param name its display name, shown with its calls; may be {@code null}
     */
    record HostCustomer(String ref, String name) {

        public static final int MAX_REF = 100;

        public HostCustomer {
            if (ref == null || ref.isBlank() || ref.length() > MAX_REF) {
                throw new IllegalArgumentException("A host customer's ref must be 1 to " + MAX_REF + " characters");
            }
        }
    }
}
