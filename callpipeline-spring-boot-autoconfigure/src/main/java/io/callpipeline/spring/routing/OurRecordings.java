package io.callpipeline.spring.routing;

import io.callpipeline.core.owner.CallRouter;
import io.callpipeline.core.owner.MappedCallRouter;
import io.callpipeline.core.owner.RoutingFacts;
import io.callpipeline.core.recording.CallLookup;
import io.callpipeline.core.recording.RecordingInfo;
import java.util.function.Predicate;

/**
 * Which of an account's recordings are this app's: those whose call was to one of its agencies'
 * numbers (or on one of their accounts), as the router says. The account may also hold other apps'
 * recordings and other numbers' (a sales line, an IVR), which reconciliation must neither queue nor
 * pay to transcribe. An app with no agencies configured (and no router of its own) owns the account
 * alone, so every recording is its.
 */
public final class OurRecordings implements Predicate<RecordingInfo> {

    private final CallRouter router;
    private final CallLookup calls;

    public OurRecordings(CallRouter router, CallLookup calls) {
        this.router = router;
        this.calls = calls;
    }

    /**
     * @throws io.callpipeline.core.CallPipelineException when the call cannot be looked up now; the
     *         recording is then left for the next run
     */
    @Override
    public boolean test(RecordingInfo recording) {
        if (router instanceof MappedCallRouter mapped && mapped.isEmpty()) {
            return true;
        }
        if (router.route(RoutingFacts.account(recording.accountSid())).isPresent()) {
            return true;
        }
        String ourNumber = calls.fetchCall(recording.accountSid(), recording.callSid()).ourNumber();
        return router.route(new RoutingFacts(recording.accountSid(), ourNumber)).isPresent();
    }
}
