package io.callpipeline.crm.customer;

import io.callpipeline.core.recording.CallDetails;
import java.util.Optional;

/**
 * The default {@link CallerMatcher}: the other party's number in E.164 finds its customer, or makes
 * one marked as created from the call. Withheld and invalid numbers match nobody.
 */
public final class PhoneNumberCallerMatcher implements CallerMatcher {

    private final CustomerDirectory customers;

    public PhoneNumberCallerMatcher(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public Optional<Customer> match(CallDetails call) {
        boolean outbound = call.direction() != null && call.direction().startsWith("outbound");
        String number = outbound ? call.to() : call.from();
        CustomerOrigin origin = outbound ? CustomerOrigin.OUTBOUND_CALL : CustomerOrigin.INBOUND_CALL;
        return customers.phoneNumbers().toE164(number).map(e164 -> customers.findOrCreate(e164, origin));
    }
}
