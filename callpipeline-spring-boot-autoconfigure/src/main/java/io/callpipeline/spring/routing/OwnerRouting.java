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

    /** How Twilio names a recording made by {@code <Dial record>}, in the callback's {@code RecordingSource}. */
    private static final String DIAL_VERB = "DialVerb";

    private final CallRouter router;
    private final CallOwner fallback;
    private final String dialedAgentNumber;

    /**
     * @param dialedAgentNumber the number the starter's voice TwiML forwards calls to
     *                          ({@code callpipeline.voice.agent-number} in {@code dial} mode), or {@code null}
     */
    public OwnerRouting(CallRouter router, CallOwner fallback, String dialedAgentNumber) {
        this.router = Objects.requireNonNull(router, "router");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.dialedAgentNumber = dialedAgentNumber == null || dialedAgentNumber.isBlank() ? null : dialedAgentNumber;
    }

    /** The owner these facts route to, or the fallback when no rule does. */
    public CallOwner ownerOf(RoutingFacts facts) {
        return router.route(facts).orElse(fallback);
    }

    /**
     * The owner of a call once Twilio said which number was called; a recording our {@code <Dial>}
     * made ({@code RecordingSource=DialVerb}) also names the agent it was forwarded to.
     */
    public CallOwner ownerOf(String accountSid, String ourNumber, String recordingSource) {
        String dialed = DIAL_VERB.equals(recordingSource) ? dialedAgentNumber : null;
        return ownerOf(new RoutingFacts(accountSid, ourNumber, dialed));
    }

    /** The owner of calls and rows no rule routes. */
    public CallOwner fallback() {
        return fallback;
    }
}
