package io.callpipeline.crm.call;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.owner.RoutingFacts;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.customer.CallerMatcher;
import io.callpipeline.crm.persistence.EntityInsert;
import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.spring.routing.OwnerRouting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's {@link TranscriptStore} in the CRM's own tables: every step's result lands in
 * {@link CallLog} and {@link CallTranscript} as it happens, so the customer's page shows progress
 * and a resumed job skips what is done. A call gets its owner when it arrives (by its Twilio
 * account) and again when Twilio says who called whom (by our number); then it is given to its
 * customer in that agency ({@link CallerMatcher}). A repeated callback inserts nothing: the unique RecordingSid decides.
 */
public final class JpaTranscriptStore implements TranscriptStore {

    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final UniqueInsert inserts;
    private final CallerMatcher callers;
    private final OwnerRouting routing;
    private final Clock clock;
    private final Predicate<String> erased;
    private final CallTaskProposals tasks;
    /** Made from the entity's mapping on the first insert (the factory is complete by then). */
    private volatile EntityInsert<CallLog> callLogInsert;

    /**
     * @param entities     a shared, transaction-bound entity manager
     * @param transactions the JPA transaction manager's template
     * @param routing      whose call it is: asked on the callback (its account), and again when the
     *                     call's numbers become known
     * @param erased       whether a recording was erased on request: a callback or reconciliation that
     *                     names it again inserts nothing, so an erased call never comes back
     */
    public JpaTranscriptStore(EntityManager entities, TransactionTemplate transactions, UniqueInsert inserts,
            CallerMatcher callers, OwnerRouting routing, Clock clock, Predicate<String> erased) {
        this(entities, transactions, inserts, callers, routing, clock, erased, created -> { });
    }

    /**
     * @param tasksCreated told of each task made from an answer's steps, inside the saving transaction
     *                     (the auto-configuration publishes it as a Spring event)
     */
    public JpaTranscriptStore(EntityManager entities, TransactionTemplate transactions, UniqueInsert inserts,
            CallerMatcher callers, OwnerRouting routing, Clock clock, Predicate<String> erased,
            java.util.function.Consumer<CallTaskCreated> tasksCreated) {
        this.tasks = new CallTaskProposals(entities, tasksCreated);
        this.erased = erased;
        this.entities = entities;
        this.transactions = transactions;
        this.inserts = inserts;
        this.callers = callers;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    public Optional<CallRecord> find(String recordingSid) {
        return transactions.execute(status -> byRecordingSid(recordingSid).map(CallRecordMapping::read));
    }

    /**
     * A new callback (the webhook's and reconciliation's case) is stored by its insert alone; only a
     * record that already has more than its callback is read back and written through the entity.
     * The webhook's answer waits on this, and the read-back and update were two thirds of its
     * statements and most of the intake's CPU on a fresh JVM.
     */
    @Override
    public boolean saveIfAbsent(CallRecord record) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!insert(record)) {
                return false;
            }
            if (!insertHoldsAll(record)) {
                write(byRecordingSid(record.recordingSid()).orElseThrow(), record);
            }
            return true;
        }));
    }

    /**
     * Whether the insert alone stores everything the mapping writes for this record: it has nothing
     * but its callback, so no columns beyond the insert's, no transcript row and no customer to match.
     */
    private static boolean insertHoldsAll(CallRecord record) {
        return record.recording() == null && record.call() == null && record.failure() == null
                && record.transcript() == null;
    }

    /**
     * @throws OptimisticLockingFailureException when another transaction changed the call since it was
     *         read (two retries at once): Spring's type, so callers need not know JPA's
     */
    @Override
    public void save(CallRecord record) {
        try {
            transactions.executeWithoutResult(status -> {
                Optional<CallLog> existing = byRecordingSid(record.recordingSid());
                if (existing.isEmpty()) {
                    insert(record);
                    existing = byRecordingSid(record.recordingSid());
                }
                // none when the recording was erased: a run that was under way writes nothing back
                existing.ifPresent(log -> write(log, record));
            });
        } catch (OptimisticLockException e) {
            throw changedMeanwhile(record, e);
        }
    }

    /**
     * Marks the call as the new run's; the row's version moves too, so a save that read the row
     * before the claim fails at its flush rather than writing over it.
     */
    @Override
    public RunClaim claim(String recordingSid) {
        RunClaim claim = RunClaim.fresh();
        Integer updated = transactions.execute(status -> entities.createNativeQuery(
                        "update callpipeline_call_log set run_claim = ?1, version = version + 1 where recording_sid = ?2")
                .setParameter(1, claim.token()).setParameter(2, recordingSid).executeUpdate());
        return updated != null && updated == 1 ? claim : RunClaim.NONE;
    }

    /**
     * The read a save makes anyway tells whether the claim still holds: the ownership check costs no
     * statement of its own. A call erased meanwhile (no row) is not written back either.
     */
    @Override
    public boolean save(CallRecord record, RunClaim claim) {
        if (!claim.fenced()) {
            save(record);
            return true;
        }
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Optional<CallLog> existing = byRecordingSid(record.recordingSid());
                if (existing.isEmpty() || !claim.token().equals(existing.get().runClaim)) {
                    return false;
                }
                write(existing.get(), record);
                return true;
            }));
        } catch (OptimisticLockException e) {
            throw changedMeanwhile(record, e);
        }
    }

    private static OptimisticLockingFailureException changedMeanwhile(CallRecord record, OptimisticLockException e) {
        return new OptimisticLockingFailureException("Recording " + record.recordingSid()
                + " was changed by another transaction", e);
    }

    private void write(CallLog log, CallRecord record) {
        boolean callNewlyKnown = !log.callKnown && record.call() != null;
        CallSearchText.Inputs searchedBefore = new CallSearchText.Inputs(log);
        java.util.List<io.callpipeline.core.nextstep.NextStep> stepsBefore =
                log.getTranscript() == null ? java.util.List.of() : log.getTranscript().getNextSteps();
        boolean answeredBefore = log.getTranscript() != null && log.getTranscript().getSummary() != null;
        Instant now = clock.instant();
        CallRecordMapping.write(log, record, now);
        if (callNewlyKnown) {
            CallOwner owner = routing.ownerOf(log.accountSid, record.call().ourNumber(), log.callbackSource);
            log.setOwner(owner);
            if (log.getCustomer() == null) {
                callers.match(record.call(), owner).ifPresent(log::setCustomer);
            }
        }
        if (log.searchText == null || !searchedBefore.sameAs(new CallSearchText.Inputs(log))) {
            log.refreshSearchText();
        }
        entities.flush();
        tasks.replaceIfChanged(log, stepsBefore, answeredBefore, now);
    }

    /**
     * Inserts the row unless the recording has one: the record itself when the insert holds all of
     * it, else only its callback, as received, so that writing the rest through the entity still
     * sees the call become known (and matches its customer). The columns come from a row built in
     * memory by {@link CallRecordMapping}, so the insert and the entity cannot disagree.
     */
    private boolean insert(CallRecord record) {
        if (erased.test(record.recordingSid())) {
            return false;
        }
        Instant now = clock.instant();
        CallLog row = new CallLog();
        row.createdAt = now;
        CallRecord inserted = insertHoldsAll(record) ? record : CallRecord.received(record.event(), record.origin());
        CallRecordMapping.write(row, inserted, now);
        row.setOwner(routing.ownerOf(RoutingFacts.account(row.accountSid)));
        row.refreshSearchText();
        EntityInsert<CallLog> statement = callLogInsert;
        if (statement == null) {
            statement = EntityInsert.of(entities.getEntityManagerFactory(), CallLog.class);
            callLogInsert = statement;
        }
        return inserts.insert(statement.sql(), statement.values(row));
    }

    private Optional<CallLog> byRecordingSid(String recordingSid) {
        return entities.createQuery("select c from CallpipelineCallLog c left join fetch c.transcript"
                        + " where c.recordingSid = :sid", CallLog.class)
                .setParameter("sid", recordingSid).getResultStream().findFirst();
    }
}
