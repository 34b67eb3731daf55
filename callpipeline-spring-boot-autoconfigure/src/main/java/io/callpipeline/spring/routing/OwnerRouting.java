package io.callpipeline.spring.routing;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.core.owner.RoutingFacts;
import java.util.Objects;

/**
 * The router with its fallback: what a store asks when it keeps a call, so that every call has an
 * owner (the routed one, the configured default agency, or {@link CallOwner#UNROUTED}) and none is
 * ever left for everyone to see.
 */
public final class OwnerRouting {

    private final CallRouter router;
    private final CallOwner fallback;

    public OwnerRouting(CallRouter router, CallOwner fallback) {
        this.router = Objects.requireNonNull(router, "router");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The owner these facts route to, or the fallback when no rule does. */
    public CallOwner ownerOf(RoutingFacts facts) {
        return router.route(facts).orElse(fallback);
    }

    /** The owner of calls and rows no rule routes. */
    public CallOwner fallback() {
        return fallback;
    }
}
