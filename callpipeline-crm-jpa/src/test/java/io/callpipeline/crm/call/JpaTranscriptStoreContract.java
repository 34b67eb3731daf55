package io.callpipeline.crm.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.store.RunClaim;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.CustomerOrigin;
import io.callpipeline.crm.testing.Calls;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the JPA store must do on every supported database; run by {@link JpaTranscriptStoreH2Test}
 * and {@link JpaTranscriptStorePostgresTest}.
 */
abstract class JpaTranscriptStoreContract {

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void empty() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
    }

    private CallLog log(String recordingSid) {
        return calls.findByRecordingSid(recordingSid).orElseThrow();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void theStarterUsesTheJpaStore() {
        assertThat(store).isInstanceOf(JpaTranscriptStore.class);
    }

    @Test
    void everyCallbackTheWebhookAcceptsFitsTheColumnsAndKeepsItsOrigin() {
        CallRecord received = Calls.steps("+972545551234").get(0);
        RecordingEvent e = received.event();
        RecordingEvent widest = new RecordingEvent(e.accountSid(), e.callSid(), e.recordingSid(),
                "u".repeat(RecordingEvent.MAX_URL_LENGTH), "s".repeat(RecordingEvent.MAX_STATUS_LENGTH), 4, 1,
                "r".repeat(RecordingEvent.MAX_SOURCE_LENGTH), null, null);
        CallRecord found = CallRecord.received(widest, Origin.RECONCILIATION);

        assertThat(store.saveIfAbsent(found)).isTrue();

        assertThat(store.find(e.recordingSid())).contains(found);
    }

    @Test
    void everyStepIsReadBackExactlyAsSaved() {
        for (CallRecord step : Calls.steps("+972545551234")) {
            store.save(step);
            assertThat(store.find(step.recordingSid())).as(step.stage().name()).contains(step);
        }
    }

    @Test
    void aCallInAnotherLanguageTranscribedTwiceIsReadBackAsSaved() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        CallRecord transcribed = steps.get(2);
        CallRecord russian = transcribed.transcribed(transcribed.transcript().inLanguage("ru").afterPasses(2));
        store.save(steps.get(0));
        store.save(steps.get(1));
        store.save(russian);

        CallRecord read = store.find(russian.recordingSid()).orElseThrow();
        assertThat(read).isEqualTo(russian);
        assertThat(read.transcript().language()).isEqualTo("ru");
        assertThat(read.transcript().passes()).isEqualTo(2);
    }

    @Test
    void aDialogueKeepsItsSpeakersAndAnUnheardRecordingItsZeroPasses() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        CallRecord transcribed = steps.get(2);
        CallRecord dialogue = transcribed.transcribed(new Transcript("ru", "Здравствуйте, я ищу квартиру. בטח, מתי נוח לך?",
                List.of(TranscriptSegment.of(0.5, 3.0, "Здравствуйте, я ищу квартиру.").spokenBy(Speaker.CALLER),
                        TranscriptSegment.of(3.2, 5.0, "בטח, מתי נוח לך?").spokenBy(Speaker.AGENT)),
                "whisper-1", 5.0));
        store.save(steps.get(0));
        store.save(steps.get(1));
        store.save(dialogue);

        assertThat(store.find(dialogue.recordingSid()).orElseThrow().transcript().segments())
                .extracting(TranscriptSegment::speaker).containsExactly(Speaker.CALLER, Speaker.AGENT);

        List<CallRecord> silent = Calls.steps("+972545551234");
        store.save(silent.get(0));
        store.save(silent.get(1));
        CallRecord unheard = silent.get(2).transcribed(Transcript.unheard(20.0))
                .checked(GibberishVerdict.noSpeechIn(20.0));
        store.save(unheard);
        CallRecord read = store.find(unheard.recordingSid()).orElseThrow();
        assertThat(read.transcript().passes()).isZero();
        assertThat(read.transcript().model()).isNull();
        assertThat(read.verdict().reasonCode()).isEqualTo("no_speech_audio");
    }

    @Test
    void callsAreFoundByWhatWasSaidByCustomerAndByNumberWithinDatesAndStatuses() {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        List<CallRecord> herzl = Calls.steps("+972545551234"); // "…הדירה ברחוב הרצל 12 ברמת גן… WhatsApp"
        herzl.forEach(store::save);
        List<CallRecord> haifa = Calls.steps("+972501112233");
        haifa.subList(0, 2).forEach(store::save);
        store.save(haifa.get(2).transcribed(new Transcript("he", "שלום, אני מחפש דירה בחיפה עם מרפסת ומעלית",
                List.of(new TranscriptSegment(0.0, 2.0, "שלום,", -0.2, 0.01, 1.1),
                        new TranscriptSegment(2.0, 5.0, "אני מחפש דירה בחיפה עם מרפסת ומעלית", -0.2, 0.01, 1.1)),
                "whisper-1", 5.0)));
        String herzlSid = herzl.get(0).recordingSid();
        String haifaSid = haifa.get(0).recordingSid();

        assertThat(found("רמת גן")).containsExactly(herzlSid);
        assertThat(found("חיפה")).as("inside a longer word").containsExactly(haifaSid);
        assertThat(found("במרפסת")).as("typed with a prefix").containsExactly(haifaSid);
        assertThat(found("whatsapp הרצל")).as("every word, any case").containsExactly(herzlSid);
        assertThat(found("דנה")).as("the customer's name").containsExactly(herzlSid);
        assertThat(found("054-5551234")).as("the number as agents type it").containsExactly(herzlSid);
        assertThat(found("050 1112233")).as("a number in two words").containsExactly(haifaSid);
        assertThat(found("%%")).as("no wildcard from the query").isEmpty();
        assertThat(found("__")).as("no wildcard from the query").isEmpty();
        assertThat(found("חיפה הרצל")).isEmpty();
        assertThat(calls.search(new CallSearch("דירה", null, null, null, Set.of(CallStatus.COMPLETED), null, false), AccessScope.ALL,
                0, 10).items()).extracting(CallLog::getRecordingSid).containsExactly(herzlSid);
        assertThat(calls.search(new CallSearch("דירה", null, null, null, Set.of(), dana.getId(), false), AccessScope.ALL, 0, 10)
                .items()).extracting(CallLog::getRecordingSid).containsExactly(herzlSid);
        LocalDate day = Calls.STARTED.atZone(ZoneId.of("Asia/Jerusalem")).toLocalDate();
        assertThat(calls.search(new CallSearch("דירה", day, day, null, Set.of(), null, false), AccessScope.ALL, 0, 10).total())
                .isEqualTo(2);
        assertThat(calls.search(new CallSearch("דירה", day.plusDays(1), null, null, Set.of(), null, false), AccessScope.ALL, 0, 10)
                .total()).isZero();
    }

    @Test
    void aCustomersNewNameAndNumberFindTheirCallsAtOnce() {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        List<CallRecord> call = Calls.steps("+972545551234");
        call.forEach(store::save);
        String sid = call.get(0).recordingSid();

        customers.update(dana.getId(), "רותם שחר", "052-7654321", AccessScope.ALL);

        assertThat(found("רותם")).as("the new name").containsExactly(sid);
        assertThat(found("052-7654321")).as("the new number").containsExactly(sid);
        assertThat(found("דנה")).as("no longer the old name").isEmpty();
    }

    @Test
    void aCustomerSearchTakesWildcardsAsTheyAreTyped() {
        customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        customers.create(Calls.AGENCY, "100% נדל\"ן_בע\"מ", "054-5559999", AccessScope.ALL);
        assertThat(customers.search("_", AccessScope.ALL, 0, 10).total()).isEqualTo(1);
        assertThat(customers.search("%", AccessScope.ALL, 0, 10).total()).isEqualTo(1);
        assertThat(customers.search("", AccessScope.ALL, 0, 10).total()).isEqualTo(2);
        assertThat(customers.search("", AccessScope.agencies(List.of("haifa")), 0, 10).total()).isZero();
    }

    private List<String> found(String words) {
        return calls.search(new CallSearch(words, null, null, null, Set.of(), null, false), AccessScope.ALL, 0, 10).items().stream()
                .map(CallLog::getRecordingSid).toList();
    }

    @Test
    void progressIsVisibleInTheCallLogAsItHappens() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        String sid = steps.get(0).recordingSid();
        CallStatus[] expected = {CallStatus.RECEIVED, CallStatus.PROCESSING, CallStatus.PROCESSING,
            CallStatus.PROCESSING, CallStatus.COMPLETED};
        for (int i = 0; i < steps.size(); i++) {
            store.save(steps.get(i));
            CallLog log = log(sid);
            assertThat(log.getStatus()).isEqualTo(expected[i]);
            assertThat(log.getStage()).isEqualTo(steps.get(i).stage());
        }
        CallLog done = log(sid);
        assertThat(done.getTranscript().getText()).isEqualTo(Calls.TEXT);
        assertThat(done.getTranscript().getSegments()).isEqualTo(Calls.SEGMENTS);
        assertThat(done.getTranscript().getSummary()).startsWith("הלקוח מתעניין");
        assertThat(done.getTranscript().getExtractionSchema()).isEqualTo("real-estate-lead");
        assertThat(done.getTranscript().getExtractedFields()).containsExactlyElementsOf(
                Calls.realEstate("2.5 מיליון ₪", null, "רמת גן", "דירה", null).fields());
        assertThat(store.find(sid).orElseThrow().response().extracted().value("area")).contains("רמת גן");
        assertThat(done.getTranscript().getGibberish()).isFalse();
        assertThat(done.getDurationSeconds()).isEqualTo(7);
        assertThat(done.getOccurredAt()).isEqualTo(Calls.STARTED.minusSeconds(5));
        assertThat(done.getAttempts()).isEqualTo(1);
        assertThat(count("callpipeline_call_transcript")).isEqualTo(1);
    }

    @Test
    void aSaveThatChangesNothingSearchedLeavesTheSearchTextAndTheCustomerUnread() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        String sid = steps.get(0).recordingSid();
        for (CallRecord step : steps.subList(0, 3)) { // received, verified (the caller's customer), transcribed
            store.save(step);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            store.save(steps.get(3)); // the gibberish verdict: nothing a search reads
            assertThat(statistics.getEntityStatistics(Customer.class.getName()).getLoadCount())
                    .as("customers loaded").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        store.save(steps.get(4)); // the answer: its summary and reply are searched
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            CallLog done = log(sid);
            assertThat(done.searchText).isEqualTo(CallSearchText.of(done)).contains("רמת גן").contains("0545551234");
        });
    }

    @Test
    void unknownCallerBecomesACustomerWhoseCallsIncludeIt() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);

        Customer customer = customers.findByPhone(Calls.AGENCY, "054-5551234", AccessScope.ALL).orElseThrow();
        assertThat(customer.getOrigin()).isEqualTo(CustomerOrigin.INBOUND_CALL);
        assertThat(customer.getName()).isNull();
        List<String> recordings = calls.ofCustomer(customer.getId(), AccessScope.ALL, 0, 10).items().stream()
                .map(CallLog::getRecordingSid).toList();
        assertThat(recordings).containsExactly(steps.get(0).recordingSid());
        assertThat(log(steps.get(0).recordingSid()).getCustomer().getId()).isEqualTo(customer.getId());
    }

    /** A call the agent made goes on the page of whom they called, not of our own number, and reads back outbound. */
    @Test
    void anOutboundCallBelongsToTheCallee() {
        List<CallRecord> steps = Calls.outboundSteps("+972545551234");
        steps.forEach(store::save);

        Customer customer = customers.findByPhone(Calls.AGENCY, "054-5551234", AccessScope.ALL).orElseThrow();
        assertThat(customer.getOrigin()).isEqualTo(CustomerOrigin.OUTBOUND_CALL);
        assertThat(customers.findByPhone(Calls.AGENCY, "03-5551234", AccessScope.ALL)).isEmpty();
        CallLog call = log(steps.get(0).recordingSid());
        assertThat(call.getCustomer().getId()).isEqualTo(customer.getId());
        assertThat(call.getDirection()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(call.getCounterpartNumber()).isEqualTo("+972545551234");
        assertThat(jdbc.queryForObject("select direction from callpipeline_call_log where recording_sid = ?",
                String.class, steps.get(0).recordingSid())).isEqualTo("OUTBOUND");
        assertThat(store.find(steps.get(0).recordingSid()).orElseThrow().call().direction())
                .isEqualTo(CallDirection.OUTBOUND);
    }

    @Test
    void knownCustomerWrittenNationallyGetsTheCall() {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-555-1234", AccessScope.ALL);

        Calls.steps("+972545551234").forEach(store::save);
        Calls.steps("972545551234").forEach(store::save);

        assertThat(count("callpipeline_customer")).isEqualTo(1);
        assertThat(calls.ofCustomer(dana.getId(), AccessScope.ALL, 0, 10).total()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anonymous", "Restricted", "+266696687", ""})
    void withheldCallerIsKeptUnassignedAndMakesNoCustomer(String withheld) {
        List<CallRecord> steps = Calls.steps(withheld);
        steps.forEach(store::save);

        assertThat(log(steps.get(0).recordingSid()).getCustomer()).isNull();
        assertThat(count("callpipeline_customer")).isZero();
        assertThat(calls.recent(List.of(), true, AccessScope.ALL, 0, 10).items()).extracting(CallLog::getRecordingSid)
                .containsExactly(steps.get(0).recordingSid());
    }

    @Test
    void aNewCallbackIsStoredByItsInsertAloneWithTheRowTheCarefulPathWrites() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        CallRecord received = Calls.received(Calls.sid("RE"), Calls.sid("CA"));
        CallRecord same = Calls.received(Calls.sid("RE"), received.event().callSid());
        try {
            statistics.clear();
            assertThat(store.saveIfAbsent(received)).isTrue();
            assertThat(statistics.getPrepareStatementCount()).as("statements after the insert (read back, update)")
                    .isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        store.save(same); // the careful path: insert, read back, write through the entity

        String columns = "account_sid, call_sid, callback_status, callback_duration, callback_channels,"
                + " callback_source, callback_started_at, callback_error_code, verified, recording_status,"
                + " recording_duration, recording_channels, recording_source, recording_started_at, call_known,"
                + " from_number, to_number, direction, call_started_at, call_duration, stage, status, attempts, origin,"
                + " last_error_code, last_error, last_error_retryable, customer_id, occurred_at, search_text";
        String row = "select " + columns + " from callpipeline_call_log where recording_sid = ?";
        assertThat(jdbc.queryForMap(row, received.recordingSid())).isEqualTo(jdbc.queryForMap(row, same.recordingSid()));
        assertThat(store.find(received.recordingSid())).contains(received); // the URL too, which names the recording
        assertThat(log(received.recordingSid()).getUpdatedAt()).isEqualTo(log(received.recordingSid()).getCreatedAt());
    }

    @Test
    void repeatedCallbackInsertsNothing() {
        CallRecord received = Calls.received(Calls.sid("RE"), Calls.sid("CA"));

        assertThat(store.saveIfAbsent(received)).isTrue();
        assertThat(store.saveIfAbsent(received)).isFalse();
        assertThat(count("callpipeline_call_log")).isEqualTo(1);
    }

    @Test
    void simultaneousCopiesOfOneCallbackInsertOneRow() throws Exception {
        CallRecord received = Calls.received(Calls.sid("RE"), Calls.sid("CA"));

        List<Boolean> inserted = concurrently(8, i -> store.saveIfAbsent(received));

        assertThat(inserted).containsOnlyOnce(true);
        assertThat(count("callpipeline_call_log")).isEqualTo(1);
    }

    @Test
    void simultaneousFirstCallsFromOneNewNumberMakeOneCustomer() throws Exception {
        List<List<CallRecord>> callsOfOneNumber = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<CallRecord> steps = Calls.steps("+972545551234");
            callsOfOneNumber.add(steps);
            store.saveIfAbsent(steps.get(0));
        }

        concurrently(8, i -> {
            store.save(callsOfOneNumber.get(i).get(1));
            return true;
        });

        assertThat(count("callpipeline_customer")).isEqualTo(1);
        Customer customer = customers.findByPhone(Calls.AGENCY, "+972545551234", AccessScope.ALL).orElseThrow();
        assertThat(calls.ofCustomer(customer.getId(), AccessScope.ALL, 0, 20).total()).isEqualTo(8);
    }

    @Test
    void aSaveUnderAnOlderClaimChangesNothingAndAnErasedCallTakesNone() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        String sid = steps.get(0).recordingSid();
        store.saveIfAbsent(steps.get(0));
        RunClaim first = store.claim(sid);
        assertThat(store.save(steps.get(1), first)).as("the first run, alone").isTrue();

        RunClaim second = store.claim(sid);
        assertThat(second.fenced()).isTrue();
        assertThat(store.save(steps.get(2), first)).as("the first run, after a newer run claimed the call").isFalse();
        assertThat(store.find(sid).orElseThrow()).isEqualTo(steps.get(1));
        assertThat(store.save(steps.get(2), second)).as("the newer run").isTrue();
        assertThat(store.find(sid).orElseThrow()).isEqualTo(steps.get(2));

        jdbc.update("delete from callpipeline_call_log where recording_sid = ?", sid);
        assertThat(store.claim(sid)).as("no call, no claim").isEqualTo(RunClaim.NONE);
        assertThat(store.save(steps.get(3), second)).as("a call gone meanwhile is not written back").isFalse();
        assertThat(store.find(sid)).isEmpty();
    }

    @Test
    void attemptsAreThePipelinesCountAndTheLastErrorIsKept() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        String sid = steps.get(0).recordingSid();
        ProcessingFailure overloaded = new ProcessingFailure(ReasonCode.OPENAI_UNAVAILABLE, "HTTP 503", true, null);
        store.saveIfAbsent(steps.get(0));
        CallRecord firstRun = steps.get(1); // verified in the first run
        store.save(firstRun);
        store.save(firstRun.failed(overloaded, ProcessingStage.FAILED));
        assertThat(log(sid).getAttempts()).isEqualTo(1);
        assertThat(log(sid).getStatus()).isEqualTo(CallStatus.PROCESSING);
        assertThat(log(sid).getLastErrorCode()).isEqualTo("openai_unavailable");

        CallRecord secondRun = store.find(sid).orElseThrow().startingRun();
        store.save(secondRun.failed(overloaded, ProcessingStage.FAILED));
        store.save(store.find(sid).orElseThrow().failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED,
                "Gave up after 2 attempts"), ProcessingStage.FAILED));

        CallLog failed = log(sid);
        assertThat(failed.getAttempts()).as("two runs; the give-up is not a run").isEqualTo(2);
        assertThat(failed.getStatus()).isEqualTo(CallStatus.FAILED);
        assertThat(failed.getLastErrorCode()).isEqualTo("retries_exhausted");
        assertThat(store.find(sid).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void gibberishKeepsItsVerdictAndNoResponse() {
        List<CallRecord> steps = Calls.steps("+972545551234");
        CallRecord gibberish = steps.get(2).checked(io.callpipeline.core.gibberish.GibberishVerdict
                .gibberish("hallucination_phrase", "התמלול הוא רק \"תודה רבה\""));
        store.save(steps.get(0));
        store.save(gibberish);

        CallLog log = log(gibberish.recordingSid());
        assertThat(log.getStatus()).isEqualTo(CallStatus.GIBBERISH);
        assertThat(log.getTranscript().getGibberishReason()).isEqualTo("hallucination_phrase");
        assertThat(log.getTranscript().getSummary()).isNull();
        assertThat(store.find(gibberish.recordingSid())).contains(gibberish);
    }

    private static <T> List<T> concurrently(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface Task<T> {
        T run(int index) throws Exception;
    }

    /**
     * 200 earlier answered calls of a customer and one of the same caller's calls to another agency: the
     * history for the next call holds the newest of the customer's own, in its agency, newest first, and
     * none of the other agency's.
     */
    @Test
    void aKnownCallersHistoryHoldsTheirOwnEarlierCallsInTheirAgencyNewestFirstAndNoOneElses() {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        Customer danaInHaifa = customers.create("haifa", "דנה כהן", "054-5551234", AccessScope.ALL);
        java.time.Instant base = Calls.STARTED.minus(java.time.Duration.ofDays(1));
        for (int i = 0; i < 200; i++) {
            List<CallRecord> steps = Calls.steps("+972545551234");
            store.save(steps.get(0));
            store.save(steps.get(4));
            long id = calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();
            jdbc.update("update callpipeline_call_log set occurred_at = ? where id = ?",
                    java.sql.Timestamp.from(base.minus(java.time.Duration.ofDays(i))), id);
            jdbc.update("update callpipeline_call_transcript set summary = ? where call_log_id = ?", "שיחה " + i, id);
        }
        List<CallRecord> haifa = Calls.steps("+972545551234");
        store.save(haifa.get(0));
        store.save(haifa.get(4));
        jdbc.update("update callpipeline_call_log set owner_agency = 'haifa', customer_id = ? where recording_sid = ?",
                danaInHaifa.getId(), haifa.get(0).recordingSid());
        jdbc.update("update callpipeline_call_transcript set summary = 'שיחה לסוכנות חיפה' where call_log_id = ?",
                calls.findByRecordingSid(haifa.get(0).recordingSid()).orElseThrow().getId());
        jdbc.update("update callpipeline_call_task set task = 'משימה של חיפה' where call_log_id = ?",
                calls.findByRecordingSid(haifa.get(0).recordingSid()).orElseThrow().getId());
        List<CallRecord> next = Calls.steps("+972545551234");
        store.save(next.get(0));
        store.save(next.get(1));
        assertThat(log(next.get(0).recordingSid()).getCustomer().getId()).isEqualTo(dana.getId());

        var history = new io.callpipeline.crm.followup.JpaCallerHistory(
                org.springframework.orm.jpa.SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new org.springframework.transaction.support.TransactionTemplate(transactionManager))
                .before(next.get(1).recordingSid());

        assertThat(history.calls()).hasSize(50);
        assertThat(history.calls().get(0).summary()).isEqualTo("שיחה 0");
        assertThat(history.calls().get(49).summary()).isEqualTo("שיחה 49");
        assertThat(history.calls()).extracting(io.callpipeline.core.response.CallerHistory.EarlierCall::summary)
                .noneMatch(summary -> summary.contains("חיפה"));
        assertThat(history.calls()).isSortedAccordingTo(java.util.Comparator.comparing(
                io.callpipeline.core.response.CallerHistory.EarlierCall::at).reversed());
        assertThat(history.openTasks()).as("the soonest due of 400 open tasks").hasSize(20)
                .allSatisfy(task -> assertThat(task.task()).isEqualTo(Calls.STEPS.get(0).task()))
                .noneMatch(task -> task.task().contains("חיפה"));
        assertThat(new io.callpipeline.crm.followup.JpaCallerHistory(
                org.springframework.orm.jpa.SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
                new org.springframework.transaction.support.TransactionTemplate(transactionManager))
                .before(Calls.sid("RE")).isEmpty()).as("an unknown call has none").isTrue();
    }

    private java.util.List<java.util.Map<String, Object>> tasks(String recordingSid) {
        return jdbc.queryForList("select task, when_said, due_kind, due_date, status, step_index from callpipeline_call_task"
                + " where call_log_id = ? order by step_index", log(recordingSid).getId());
    }

    @Test
    void anAnswersStepsBecomeTasksOnceHoweverOftenTheRecordIsSavedAgain() {
        java.util.List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);
        CallRecord completed = steps.get(steps.size() - 1);
        store.save(completed); // a resumed run saving the same answer again
        store.save(completed.failed(new io.callpipeline.core.call.ProcessingFailure(ReasonCode.STORE_UNAVAILABLE, "x", true,
                null), io.callpipeline.core.call.ProcessingStage.COMPLETED));

        java.util.List<java.util.Map<String, Object>> made = tasks(completed.recordingSid());
        assertThat(made).hasSize(Calls.STEPS.size());
        assertThat(made.get(0).get("task")).isEqualTo(Calls.STEPS.get(0).task());
        assertThat(made.get(0).get("when_said")).isEqualTo("מחר");
        assertThat(made.get(0).get("due_kind")).isEqualTo("TOMORROW");
        assertThat(String.valueOf(made.get(0).get("due_date"))).isEqualTo("2026-11-27");
        assertThat(made.get(1).get("due_date")).isNull();
        assertThat(made).allSatisfy(task -> assertThat(task.get("status")).isEqualTo("OPEN"));
        assertThat(store.find(completed.recordingSid()).orElseThrow().response().nextSteps())
                .as("read back as saved, so a resumed run changes nothing").isEqualTo(Calls.STEPS);
        assertThat(store.find(completed.recordingSid()).orElseThrow().response().leadScore().score()).isEqualTo(75);
    }

    @Test
    void aNewAnswerReplacesTheTasksNobodyFinishedAndKeepsTheFinishedOnes() {
        java.util.List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);
        CallRecord completed = steps.get(steps.size() - 1);
        long first = jdbc.queryForObject("select min(id) from callpipeline_call_task where call_log_id = ?", Long.class,
                log(completed.recordingSid()).getId());
        jdbc.update("update callpipeline_call_task set status = 'DONE', done_by = 'dana' where id = ?", first);

        io.callpipeline.core.nextstep.NextStep again = new io.callpipeline.core.nextstep.NextStep("לתאם ביקור", "ביום ראשון",
                new io.callpipeline.core.nextstep.Due(io.callpipeline.core.nextstep.DueKind.WEEKDAY,
                        java.time.DayOfWeek.SUNDAY, null, null, null, null), java.time.LocalDate.parse("2026-11-29"));
        var r = completed.response();
        store.save(completed.responded(new io.callpipeline.core.response.CallResponse(r.summary(), r.suggestedReply(),
                r.intent(), r.extracted(), true, r.model(), true, null, java.util.List.of(again), null)));

        assertThat(tasks(completed.recordingSid())).extracting(t -> t.get("task"), t -> t.get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Calls.STEPS.get(0).task(), "DONE"),
                        org.assertj.core.groups.Tuple.tuple("לתאם ביקור", "OPEN"));
        assertThat(tasks(completed.recordingSid()).get(1).get("step_index")).as("after the finished one").isEqualTo(1);
    }

    @Test
    void aTasksTextGoesWithItsTranscript() {
        java.util.List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);
        long callId = log(steps.get(0).recordingSid()).getId();

        jdbc.update("delete from callpipeline_call_transcript where call_log_id = ?", callId); // a retention purge's

        assertThat(count("callpipeline_call_task")).isZero();
    }
}
