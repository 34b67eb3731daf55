package io.callpipeline.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.processing.RecordingIntake;
import io.callpipeline.spring.processing.RecordingJobQueue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake's start-up rehearsal: it reads a recording that cannot exist, rolls back, writes
 * nothing, and never holds start-up past the store timeout or fails it. That it comes before the
 * web server's start is {@link IntakeRehearsalIntegrationTest}'s to show; that it spares a fresh
 * JVM's first callbacks their 503s, the load harness's warm-up line's (a test JVM is not cold in
 * the same way).
 */
@ExtendWith(OutputCaptureExtension.class)
class IntakeRehearsalTest {

    /** Transactions begun, committed and rolled back, in order. */
    private static final class RecordedTransactions extends AbstractPlatformTransactionManager {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            seen.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            seen.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            seen.add("rollback");
        }
    }

    /** A store that only says what was asked of it. */
    private static class RecordedStore implements TranscriptStore {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public Optional<CallRecord> find(String recordingSid) {
            calls.add("find " + recordingSid);
            return Optional.empty();
        }

        @Override
        public void save(CallRecord record) {
            calls.add("save " + record.recordingSid());
        }

        @Override
        public boolean saveIfAbsent(CallRecord record) {
            calls.add("saveIfAbsent " + record.recordingSid());
            return true;
        }
    }

    private static RecordingIntake intake(TranscriptStore store, RecordedTransactions transactions) {
        return new RecordingIntake(store, mock(RecordingJobQueue.class), new TransactionTemplate(transactions));
    }

    @Test
    void readsARecordingThatCannotExistInATransactionItRollsBack() {
        RecordedStore store = new RecordedStore();
        RecordedTransactions transactions = new RecordedTransactions();
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 2)) {
            IntakeRehearsal rehearsal = new IntakeRehearsal(intake(store, transactions), deadline);
            rehearsal.afterSingletonsInstantiated();
        }
        assertThat(store.calls).containsExactly("find " + RecordingIntake.REHEARSAL_SID);
        assertThat(transactions.seen).containsExactly("begin", "rollback");
        assertThat(RecordingIntake.REHEARSAL_SID).as("not the shape of a Twilio RecordingSid")
                .doesNotMatch("RE[0-9a-f]{32}");
    }

    @Test
    void anUnreachableDatabaseIsLoggedAndStartUpGoesOn(CapturedOutput output) {
        TranscriptStore down = new RecordedStore() {
            @Override
            public Optional<CallRecord> find(String recordingSid) {
                throw new DataAccessResourceFailureException("connection refused");
            }
        };
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 1)) {
            IntakeRehearsal rehearsal = new IntakeRehearsal(intake(down, new RecordedTransactions()), deadline);
            assertThatCode(rehearsal::afterSingletonsInstantiated).doesNotThrowAnyException();
        }
        assertThat(output).contains("Could not rehearse the recording intake").contains("connection refused");
    }

    @Test
    void aDatabaseThatHangsHoldsStartUpNoLongerThanTheStoreTimeout() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        TranscriptStore hanging = new RecordedStore() {
            @Override
            public Optional<CallRecord> find(String recordingSid) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }
        };
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofMillis(300), 1)) {
            IntakeRehearsal rehearsal = new IntakeRehearsal(intake(hanging, new RecordedTransactions()), deadline);
            Thread starter = new Thread(rehearsal::afterSingletonsInstantiated);
            starter.start();
            starter.join(10_000);
            assertThat(starter.isAlive()).as("start-up went on while the database still hung").isFalse();
            assertThat(release.getCount()).as("the database still hung").isEqualTo(1);
        } finally {
            release.countDown();
        }
    }
}
