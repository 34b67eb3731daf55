package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.crm.access.AccessScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a completed call again with today's responder (its prompt and model), from the stored
 * transcript: nothing is transcribed or downloaded again. The answer it replaces is kept among the
 * call's earlier answers, so an agent can compare and nothing is lost. The responder is asked
 * outside any database transaction; only the swap of answers is one.
 */
public class CallReanswer {

    /** Longer than a model's answer may take (the client's timeout and its retries). */
    static final Duration CLAIM_LIFETIME = Duration.ofMinutes(10);

    private final EntityManager entities;
    private final CallHistory calls;
    private final TransactionTemplate transactions;
    private final Responder responder;
    private final Clock clock;

    public CallReanswer(EntityManager entities, TransactionTemplate transactions, Responder responder, Clock clock) {
        this.entities = entities;
        this.calls = new CallHistory(entities);
        this.transactions = transactions;
        this.responder = responder;
        this.clock = clock;
    }

    /**
     * @param scope what the user may see: another agency's call is not found
     * @throws CallNotFoundException        for an unknown call, or one the scope does not see
     * @throws CallNotReanswerableException for a call that is not completed, or that another request
     *                                      is answering again right now (nothing is paid)
     * @throws io.callpipeline.core.CallPipelineException when the responder cannot answer (nothing changes)
     */
    public CallLog reanswer(long callId, AccessScope scope) {
        CallRecord record = transactions.execute(status -> {
            CallLog call = find(callId, scope);
            CallRecord stored = CallRecordMapping.read(call);
            if (stored.stage() != ProcessingStage.COMPLETED || stored.response() == null) {
                throw new CallNotReanswerableException(callId, call.getStatus().name().toLowerCase(Locale.ROOT));
            }
            claim(callId);
            return stored;
        });
        CallResponse fresh;
        try {
            fresh = responder.respond(ResponseRequest.of(record.transcript(), record.verdict(), record.call()));
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(status -> release(callId));
            throw e;
        }
        return transactions.execute(status -> {
            CallLog call = find(callId, scope);
            Instant now = clock.instant();
            call.getTranscript().keepCurrentAnswer(now.toString());
            CallRecordMapping.write(call, CallRecordMapping.read(call).responded(fresh), now);
            call.refreshSearchText();
            entities.flush();
            // by statement, as it was claimed: the entity may be the request's copy from before the claim
            // (open session in view), on which the column was never set, so clearing it there writes nothing
            release(callId);
            call.reanswerStartedAt = null;
            return call;
        });
    }

    /**
     * Marks the call as being answered again, in one conditional update, so that of two requests at
     * once (two agents, a double click, two instances) only one pays the model; a claim older than
     * {@link #CLAIM_LIFETIME} is one whose request died and is taken over.
     *
     * @throws CallNotReanswerableException when another re-answer holds the call
     */
    private void claim(long callId) {
        Instant now = clock.instant();
        int claimed = entities.createQuery("update CallpipelineCallLog c set c.reanswerStartedAt = :now"
                        + " where c.id = :id and (c.reanswerStartedAt is null or c.reanswerStartedAt < :stale)")
                .setParameter("now", now).setParameter("stale", now.minus(CLAIM_LIFETIME)).setParameter("id", callId)
                .executeUpdate();
        if (claimed == 0) {
            throw CallNotReanswerableException.inProgress(callId);
        }
    }

    private void release(long callId) {
        entities.createQuery("update CallpipelineCallLog c set c.reanswerStartedAt = null where c.id = :id")
                .setParameter("id", callId).executeUpdate();
    }

    private CallLog find(long callId, AccessScope scope) {
        return calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
    }
}
