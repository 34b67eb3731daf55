package io.callpipeline.core.owner;

import java.util.Optional;

/**
 * Decides whose call it is from what Twilio tells us. The default, {@link MappedCallRouter}, maps
 * numbers and accounts to agencies from configuration; a host whose numbers live in its own
 * database replaces it with one bean that looks them up there.
 *
 * <p>Called when a call is stored and again when its numbers become known, from the processing
 * thread, never with a user's request: it must not depend on who is logged in.
 */
@FunctionalInterface
public interface CallRouter {

    /** @return the owner, or empty when no rule says (the configured fallback then applies) */
    Optional<CallOwner> route(RoutingFacts facts);
}
