package io.callpipeline.crm.customer;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import java.util.Optional;

/**
 * The default {@link CallerMatcher}: the other party's number in E.164 finds its customer in the
 * call's agency, or makes one there marked as created from the call. Withheld and invalid numbers match nobody.
 */
public final class PhoneNumberCallerMatcher implements CallerMatcher {

    private final CustomerDirectory customers;

    public PhoneNumberCallerMatcher(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public Optional<Customer> match(CallDetails call, CallOwner owner) {
        CustomerOrigin origin = isOutbound(call) ? CustomerOrigin.OUTBOUND_CALL : CustomerOrigin.INBOUND_CALL;
        return customers.phoneNumbers().toE164(call.theirNumber())
                .map(e164 -> customers.findOrCreate(owner.agency(), e164, origin));
    }

    private static boolean isOutbound(CallDetails call) {
        return call.direction() == CallDirection.OUTBOUND;
    }
}
