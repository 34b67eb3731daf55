package io.callpipeline.crm.customer;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.recording.CallDetails;
import java.util.Optional;

/**
 * Decides whose call it is, once Twilio has said who called whom. The default,
 * {@link PhoneNumberCallerMatcher}, finds or creates a customer by phone number; a host whose
 * customers live in its own table replaces it with a bean that links to those.
 */
@FunctionalInterface
public interface CallerMatcher {

    /**
     * @param owner whose call it is: the customer found or made must be of its agency
     * @return the customer, or empty to keep the call unassigned (withheld numbers, say)
     */
    Optional<Customer> match(CallDetails call, CallOwner owner);
}
