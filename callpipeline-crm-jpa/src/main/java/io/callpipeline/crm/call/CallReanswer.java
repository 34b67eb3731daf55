package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.crm.access.AccessScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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
     * @throws CallNotReanswerableException for a call that is not completed
     * @throws io.callpipeline.core.CallPipelineException when the responder cannot answer (nothing changes)
     */
    public CallLog reanswer(long callId, AccessScope scope) {
        CallRecord record = transactions.execute(status -> {
            CallLog call = find(callId, scope);
            CallRecord stored = CallRecordMapping.read(call);
            if (stored.stage() != ProcessingStage.COMPLETED || stored.response() == null) {
                throw new CallNotReanswerableException(callId, call.getStatus().name().toLowerCase(Locale.ROOT));
            }
            return stored;
        });
        CallResponse fresh = responder.respond(ResponseRequest.of(record.transcript(), record.verdict(), record.call()));
        return transactions.execute(status -> {
            CallLog call = find(callId, scope);
            Instant now = clock.instant();
            call.getTranscript().keepCurrentAnswer(now.toString());
            CallRecordMapping.write(call, CallRecordMapping.read(call).responded(fresh), now);
            call.refreshSearchText();
            entities.flush();
            return call;
        });
    }

    private CallLog find(long callId, AccessScope scope) {
        return calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
    }
}
