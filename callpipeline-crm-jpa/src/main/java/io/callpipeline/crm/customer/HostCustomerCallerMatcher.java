package io.callpipeline.crm.customer;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.recording.CallDetails;
import java.util.Optional;

/**
 * The {@link CallerMatcher} of a host with its own customers: the other party's number is looked up
 * in {@link HostCustomers}, and a call from a known customer is linked to it through a row of ours
 * that carries the host's ref. Unknown, withheld and invalid numbers match nobody: the call stays
 * unassigned instead of inventing a customer the host does not have.
 */
public final class HostCustomerCallerMatcher implements CallerMatcher {

    private final HostCustomers hostCustomers;
    private final CustomerDirectory customers;

    public HostCustomerCallerMatcher(HostCustomers hostCustomers, CustomerDirectory customers) {
        this.hostCustomers = hostCustomers;
        this.customers = customers;
    }

    @Override
    public Optional<Customer> match(CallDetails call, CallOwner owner) {
        return customers.phoneNumbers().toE164(call.theirNumber())
                .flatMap(e164 -> hostCustomers.findByPhone(owner.agency(), e164)
                        .map(host -> customers.linkToHost(owner.agency(), host, e164)));
    }
}
