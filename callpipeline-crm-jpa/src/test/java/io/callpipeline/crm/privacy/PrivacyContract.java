package io.callpipeline.crm.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.callpipeline.core.archive.AudioArchive;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.TwilioMedia;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Privacy as a privacy officer checks it, through the HTTP API: every way a call is seen is logged
 * with who, when and from where; only admins read the log and erase; an erased call or customer is
 * gone from every table and never comes back; its recording is deleted at Twilio (WireMock, real
 * twilio-java) and retried until Twilio confirms; the retention purge, with a clock the test moves,
 * removes each kind only after its window. Run on H2 and on PostgreSQL.
 */
abstract class PrivacyContract {

    static final String USER_HEADER = "X-Test-User";
    static final String AGENCY_HEADER = "X-Test-Agency";

    /** A clock the test moves: the CRM's purge and deletions read it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MILLIS));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration by) {
            now.updateAndGet(at -> at.plus(by));
        }
    }

    /** The host's rule and its users: one header names the agency ({@code admin} sees all), another the user. */
    @Configuration(proxyBeanMethods = false)
    static class HostUsers {
        @Bean
        CallAccess headerCallAccess() {
            return () -> {
                HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                        .getRequest();
                String agency = request.getHeader(AGENCY_HEADER);
                if (agency == null) {
                    return AccessScope.NONE;
                }
                return "admin".equals(agency) ? AccessScope.ALL : AccessScope.agencies(Set.of(agency));
            };
        }

        /** The user as the container knows them, as a host's login would set it: read by the default AccessActor. */
        @Bean
        Filter testUserPrincipal() {
            return (request, response, chain) -> {
                String user = ((HttpServletRequest) request).getHeader(USER_HEADER);
                chain.doFilter(user == null ? request : new HttpServletRequestWrapper((HttpServletRequest) request) {
                    @Override
                    public Principal getUserPrincipal() {
                        return () -> user;
                    }
                }, response);
            };
        }

        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    static Map<String, String> properties() {
        Path archive;
        try {
            archive = Files.createTempDirectory("callpipeline-archive-test").resolve("archive");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("callpipeline.crm.api.open", "false",
                "callpipeline.archive.directory", archive.toString(),
                "callpipeline.routing.default-agency", Calls.AGENCY,
                "callpipeline.crm.privacy.retention.audio", "P30D",
                "callpipeline.crm.privacy.retention.transcripts", "P90D",
                "callpipeline.crm.privacy.retention.earlier-answers", "P60D",
                "callpipeline.crm.privacy.retention.access-log", "P365D",
                // the test runs each round itself; the scheduler's own rounds wait a day
                "callpipeline.crm.privacy.purge-interval", "P1D",
                "callpipeline.crm.privacy.deletion-interval", "P1D");
    }

    abstract WireMockServer twilio();

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordingDeletions deletions;

    @Autowired
    RetentionPurge purge;

    @Autowired
    MovableClock clock;

    @Autowired
    io.callpipeline.core.recording.RecordingDeletion twilioDeletion;

    @Autowired
    AudioArchive archive;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void empty() {
        // the scheduler's first rounds (at start-up) are over before the test writes anything
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from"
                + " callpipeline_scheduled_tasks where task_name in (?, ?) and picked = false and execution_time > ?",
                Integer.class, PrivacyTasks.DELETIONS_TASK, PrivacyTasks.PURGE_TASK,
                Timestamp.from(Instant.now().plus(Duration.ofHours(1)))) == 2);
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        jdbc.update("delete from callpipeline_access_log");
        jdbc.update("delete from callpipeline_recording_deletion");
        twilio().resetAll();
    }

    @Test
    void everyWayACallIsSeenIsLoggedWithWhoWhenAndFromWhereAndOnlyAdminsReadTheLog() throws Exception {
        long id = call("+972545551234");
        long customer = customerOf(id);
        String sid = calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid();
        TwilioMedia.serve(twilio(), sid, new byte[2000]);

        assertThat(send("dana", "tlv", "GET", "/customers/" + customer + "/calls", null).statusCode()).isEqualTo(200);
        assertThat(send("dana", "tlv", "GET", "/calls/" + id, null).statusCode()).isEqualTo(200);
        assertThat(send("dana", "tlv", "GET", "/calls/" + id + "/audio", "bytes=0-").statusCode()).isIn(200, 206);
        // the player's later ranges are the same listening: not another entry
        assertThat(send("dana", "tlv", "GET", "/calls/" + id + "/audio", "bytes=1000-").statusCode()).isIn(200, 206);
        assertThat(send("dana", "tlv", "GET", "/calls/" + id + "/audio?download=true", null).statusCode()).isEqualTo(200);
        assertThat(send("dana", "tlv", "GET", "/customers/" + customer + "/calls.csv", null).statusCode()).isEqualTo(200);
        assertThat(send("dana", "tlv", "GET", "/calls?q=" + "%D7%93%D7%99%D7%A8%D7%94", null).statusCode()).isEqualTo(200);
        // another agency's user sees nothing, and nothing of theirs is logged as seen
        assertThat(send("eli", "haifa", "GET", "/calls/" + id, null).statusCode()).isEqualTo(404);

        assertThat(send("dana", "tlv", "GET", "/access-log", null).statusCode()).isEqualTo(403);
        HttpResponse<String> log = send("privacy-officer", "admin", "GET", "/access-log?callId=" + id, null);
        assertThat(log.statusCode()).isEqualTo(200);
        JsonNode items = json.readTree(log.body()).get("items");
        // newest first: the officer's own reading, then what dana did with the call
        assertThat(items).extracting(item -> item.get("action").asText())
                .containsExactly("READ_ACCESS_LOG", "LIST", "DOWNLOAD", "PLAY", "VIEW", "LIST");
        assertThat(items.get(0).get("actor").asText()).isEqualTo("privacy-officer");
        List<JsonNode> dana = new java.util.ArrayList<>();
        items.forEach(dana::add);
        dana = dana.subList(1, dana.size());
        assertThat(dana).allSatisfy(item -> {
            assertThat(item.get("actor").asText()).isEqualTo("dana");
            assertThat(item.get("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        JsonNode view = items.get(4);
        assertThat(view.get("action").asText()).isEqualTo("VIEW");
        assertThat(view.get("callId").asLong()).isEqualTo(id);
        assertThat(view.get("customerId").asLong()).isEqualTo(customer);
        assertThat(view.get("ownerAgency").asText()).isEqualTo("tlv");
        assertThat(items.get(1).get("detail").asText()).as("a search is logged, never its words").isEqualTo("a search");
        // the export names the customer (all their calls), not each call
        JsonNode exports = json.readTree(send("privacy-officer", "admin", "GET", "/access-log?customerId=" + customer
                + "&action=export", null).body()).get("items");
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).get("actor").asText()).isEqualTo("dana");
        // no caller's number, name or words in any entry
        assertThat(log.body()).doesNotContain("545551234").doesNotContain("דירה");

        HttpResponse<String> csv = send("privacy-officer", "admin", "GET", "/access-log.csv?user=dana&action=play", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).contains(",dana,play,tlv," + id + "," + customer);
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_access_log where action = 'READ_ACCESS_LOG'"
                + " and actor = 'privacy-officer'", Integer.class)).as("reading the log is itself logged").isEqualTo(3);
        assertThat(send("privacy-officer", "admin", "GET", "/access-log?action=peek", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anErasedCallIsGoneFromEveryTableAndNeverComesBack() throws Exception {
        long id = call("+972545551234");
        long other = call("+972545551234");
        String sid = calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid();
        CallRecord asStored = store.find(sid).orElseThrow();
        jdbc.update("insert into callpipeline_reply (call_log_id, idempotency_key, channel, to_number, from_number, body,"
                + " status, sent_by, created_at, updated_at) values (?, 'key-erased', 'SMS', '+972545551234', '+97235550000',"
                + " 'אשלח לך דירות', 'SENT', 'dana', current_timestamp, current_timestamp)", id);
        assertThat(count("callpipeline_call_task where call_log_id = " + id)).isEqualTo(Calls.STEPS.size());

        assertThat(send("dana", "tlv", "DELETE", "/calls/" + id, null).statusCode()).as("agents do not erase")
                .isEqualTo(403);
        assertThat(calls.find(id, AccessScope.ALL)).isPresent();

        HttpResponse<String> erased = send("privacy-officer", "admin", "DELETE", "/calls/" + id, null);
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(json.readTree(erased.body()).get("calls").asInt()).isEqualTo(1);

        assertThat(send("privacy-officer", "admin", "GET", "/calls/" + id, null).statusCode()).isEqualTo(404);
        assertThat(count("callpipeline_call_log where id = " + id)).isZero();
        assertThat(count("callpipeline_call_transcript where call_log_id = " + id)).isZero();
        assertThat(count("callpipeline_call_task where call_log_id = " + id)).as("its tasks").isZero();
        assertThat(count("callpipeline_reply where call_log_id = " + id)).as("its replies").isZero();
        assertThat(calls.find(other, AccessScope.ALL)).as("the customer's other call stays").isPresent();
        assertThat(jdbc.queryForObject("select reason from callpipeline_recording_deletion where recording_sid = ?",
                String.class, sid)).isEqualTo("ERASURE");
        assertThat(jdbc.queryForObject("select detail from callpipeline_access_log where action = 'ERASE_CALL'"
                + " and call_id = ?", String.class, id)).doesNotContain("545551234");

        // Twilio sends the callback again, reconciliation finds the recording, a run under way saves its step
        assertThat(store.saveIfAbsent(Calls.received(sid, asStored.event().callSid()))).isFalse();
        store.save(asStored);
        assertThat(store.find(sid)).isEmpty();
        assertThat(count("callpipeline_call_log where recording_sid = '" + sid + "'")).isZero();

        assertThat(send("privacy-officer", "admin", "DELETE", "/calls/" + id, null).statusCode())
                .as("erasing twice changes nothing").isEqualTo(404);
    }

    @Test
    void anErasedCallTakesTheDetailsConfirmedFromItButNotThoseFromTheCustomersOtherCalls() throws Exception {
        long erased = call("+972545551234");
        long kept = call("+972545551234");
        assertThat(post("dana", "tlv", "/calls/" + erased + "/fields/budget", "{\"decision\": \"accept\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post("dana", "tlv", "/calls/" + kept + "/fields/area",
                "{\"decision\": \"edit\", \"value\": \"גבעתיים\"}").statusCode()).isEqualTo(200);
        long customer = calls.find(erased, AccessScope.ALL).orElseThrow().getCustomer().getId();
        assertThat(jdbc.queryForObject("select confirmed_fields from callpipeline_customer where id = ?", String.class,
                customer)).contains("budget").contains("גבעתיים");

        assertThat(send("privacy-officer", "admin", "DELETE", "/calls/" + erased, null).statusCode()).isEqualTo(200);

        String left = jdbc.queryForObject("select confirmed_fields from callpipeline_customer where id = ?", String.class,
                customer);
        // read the fields one by one: the raw text holds a confirmedAt time, and "22:02:22.597" holds "2.5"
        List<String> names = new java.util.ArrayList<>();
        List<String> values = new java.util.ArrayList<>();
        json.readTree(left).forEach(field -> {
            names.add(field.get("name").asText());
            values.add(field.get("value").asText());
        });
        assertThat(names).containsExactly("area");
        assertThat(values).containsExactly("גבעתיים");
    }

    @Test
    void anErasedCustomerTakesEveryCallOfTheirsAndNoOneElses() throws Exception {
        long first = call("+972545551234");
        long second = call("+972545551234");
        long someoneElse = call("+972529998888");
        long customer = customerOf(first);
        assertThat(customerOf(second)).isEqualTo(customer);

        assertThat(send("dana", "tlv", "DELETE", "/customers/" + customer, null).statusCode()).isEqualTo(403);
        HttpResponse<String> erased = send("privacy-officer", "admin", "DELETE", "/customers/" + customer, null);

        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(json.readTree(erased.body()).get("calls").asInt()).isEqualTo(2);
        assertThat(count("callpipeline_customer where id = " + customer)).isZero();
        assertThat(count("callpipeline_call_log where id in (" + first + ", " + second + ")")).isZero();
        assertThat(count("callpipeline_call_log where search_text like '%545551234%'")).isZero();
        assertThat(calls.find(someoneElse, AccessScope.ALL)).isPresent();
        assertThat(count("callpipeline_recording_deletion where reason = 'ERASURE'")).isEqualTo(2);
        assertThat(send("privacy-officer", "admin", "GET", "/customers/" + customer + "/calls", null).statusCode())
                .isEqualTo(404);
        assertThat(send("privacy-officer", "admin", "DELETE", "/customers/" + customer, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anErasedRecordingIsDeletedAtTwilioRetriedUntilTwilioConfirmsAndNeverAskedAgain() throws Exception {
        long id = call("+972545551234");
        String sid = calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid();
        String path = "/2010-04-01/Accounts/" + Calls.ACCOUNT_SID + "/Recordings/" + sid + ".json";
        twilio().stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}")));
        assertThat(send("privacy-officer", "admin", "DELETE", "/calls/" + id, null).statusCode()).isEqualTo(200);

        assertThat(deletions.deleteDue(twilioDeletion, 10)).isEqualTo(new RecordingDeletions.Round(0, 0, 1));
        int firstRound = twilio().findAll(deleteRequestedFor(urlEqualTo(path))).size(); // the HTTP client's own tries
        assertThat(firstRound).isPositive();
        assertThat(deletions.deleteDue(twilioDeletion, 10)).as("not again before its pause")
                .isEqualTo(new RecordingDeletions.Round(0, 0, 0));
        twilio().verify(firstRound, deleteRequestedFor(urlEqualTo(path)));
        assertThat(jdbc.queryForObject("select last_error from callpipeline_recording_deletion where recording_sid = ?",
                String.class, sid)).isEqualTo("twilio_unavailable");

        twilio().stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(deletions.deleteDue(twilioDeletion, 10)).isEqualTo(new RecordingDeletions.Round(1, 0, 0));
        twilio().verify(firstRound + 1, deleteRequestedFor(urlEqualTo(path)));
        assertThat(deletions.pending()).isZero();
        assertThat(deletions.erased(sid)).as("the mark that refuses it stays").isTrue();

        clock.advance(Duration.ofDays(1));
        deletions.deleteDue(twilioDeletion, 10);
        twilio().verify(firstRound + 1, deleteRequestedFor(urlEqualTo(path)));
    }

    @Test
    void thePurgeRemovesEachKindOnlyAfterItsWindowAndCountsWhatItRemoved() throws Exception {
        Instant now = clock.instant();
        long days100 = callAt("+972541000100", now.minus(Duration.ofDays(100)));
        long days70 = callAt("+972541000070", now.minus(Duration.ofDays(70)));
        long days40 = callAt("+972541000040", now.minus(Duration.ofDays(40)));
        long days10 = callAt("+972541000010", now.minus(Duration.ofDays(10)));
        jdbc.update("update callpipeline_call_transcript set earlier_answers_json = '[]'");
        for (long call : List.of(days100, days10)) { // a reply an agent sent on each
            jdbc.update("insert into callpipeline_reply (call_log_id, idempotency_key, channel, to_number, from_number,"
                    + " body, status, sent_by, created_at, updated_at) values (?, ?, 'SMS', '+972541000100',"
                    + " '+97235550000', 'אשלח לך דירות ברמת גן', 'DELIVERED', 'dana', ?, ?)", call, "key-" + call,
                    Timestamp.from(now), Timestamp.from(now));
        }
        jdbc.update("insert into callpipeline_access_log (occurred_at, actor, action) values (?, 'x', 'VIEW'), (?, 'y', 'VIEW')",
                Timestamp.from(now.minus(Duration.ofDays(400))), Timestamp.from(now.minus(Duration.ofDays(300))));

        Map<RetentionPurge.Kind, Integer> removed = purge.purge();

        assertThat(removed).isEqualTo(Map.of(RetentionPurge.Kind.AUDIO, 3, RetentionPurge.Kind.TRANSCRIPTS, 1,
                RetentionPurge.Kind.EARLIER_ANSWERS, 1, RetentionPurge.Kind.ACCESS_LOG, 1));
        assertThat(count("callpipeline_call_transcript where call_log_id = " + days100)).isZero();
        assertThat(count("callpipeline_call_task where call_log_id = " + days100)).as("its tasks went with it").isZero();
        assertThat(count("callpipeline_call_task where call_log_id = " + days10)).isEqualTo(Calls.STEPS.size());
        assertThat(jdbc.queryForObject("select body from callpipeline_reply where call_log_id = ?", String.class,
                days100)).as("the reply's text went, its status stayed").isEmpty();
        assertThat(jdbc.queryForObject("select body from callpipeline_reply where call_log_id = ?", String.class,
                days10)).isNotEmpty();
        assertThat(count("callpipeline_call_log where id = " + days100)).as("the call itself stays").isOne();
        assertThat(count("callpipeline_call_transcript where call_log_id in (" + days70 + ", " + days40 + ", " + days10
                + ")")).isEqualTo(3);
        assertThat(count("callpipeline_call_transcript where earlier_answers_json is not null")).isEqualTo(2);
        assertThat(count("callpipeline_access_log where actor in ('x', 'y')")).isOne();
        assertThat(count("callpipeline_recording_deletion where reason = 'RETENTION'")).isEqualTo(3);

        // the player says the audio is gone, and the call's view has no player
        assertThat(send("dana", "tlv", "GET", "/calls/" + days40 + "/audio", null).statusCode()).isEqualTo(410);
        JsonNode view = json.readTree(send("dana", "tlv", "GET", "/calls/" + days40, null).body());
        assertThat(view.get("audioUrl").isNull()).isTrue();
        assertThat(view.get("audioDeletedAt").isNull()).isFalse();
        JsonNode kept = json.readTree(send("dana", "tlv", "GET", "/calls/" + days10, null).body());
        assertThat(kept.get("audioUrl").isNull()).isFalse();

        assertThat(purge.purge().values()).as("a second purge finds nothing more").containsOnly(0);

        // audio deleted for retention is deleted at Twilio; its row then goes (only an erasure's stays)
        twilio().stubFor(delete(com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*/Recordings/RE.*\\.json"))
                .willReturn(aResponse().withStatus(204)));
        assertThat(deletions.deleteDue(twilioDeletion, 10)).isEqualTo(new RecordingDeletions.Round(3, 0, 0));
        assertThat(count("callpipeline_recording_deletion")).isZero();
    }

    @Test
    void thePlayerPlaysOurKeptCopyAndErasureAndTheAudiosWindowDeleteIt() throws Exception {
        long erased = call("+972545551234");
        long old = callAt("+972541000100", clock.instant().minus(Duration.ofDays(31)));
        byte[] redacted = new byte[3000];
        java.util.Arrays.fill(redacted, (byte) 7);
        Path file = Files.write(Files.createTempFile("redacted", ".wav"), redacted);
        for (long id : List.of(erased, old)) {
            archive.keep(calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid(), file, "audio/x-wav");
        }

        HttpResponse<byte[]> played = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callpipeline/api/calls/" + erased + "/audio")).header(USER_HEADER, "dana")
                .header(AGENCY_HEADER, "tlv").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(played.statusCode()).isEqualTo(200);
        assertThat(played.body()).isEqualTo(redacted);
        assertThat(played.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("wav"));
        assertThat(twilio().getAllServeEvents()).as("Twilio's copy is not asked for").isEmpty();

        String erasedSid = calls.find(erased, AccessScope.ALL).orElseThrow().getRecordingSid();
        assertThat(send("privacy-officer", "admin", "DELETE", "/calls/" + erased, null).statusCode()).isEqualTo(200);
        assertThat(archive.find(erasedSid)).isEmpty();

        String oldSid = calls.find(old, AccessScope.ALL).orElseThrow().getRecordingSid();
        assertThat(purge.purge()).containsEntry(RetentionPurge.Kind.AUDIO, 1);
        assertThat(archive.find(oldSid)).isEmpty();
    }

    private long callAt(String from, Instant at) {
        long id = call(from);
        jdbc.update("update callpipeline_call_log set occurred_at = ? where id = ?", Timestamp.from(at), id);
        return id;
    }

    private int count(String fromWhere) {
        Integer count = jdbc.queryForObject("select count(*) from " + fromWhere, Integer.class);
        return count == null ? 0 : count;
    }

    private long customerOf(long callId) {
        return calls.find(callId, AccessScope.ALL).orElseThrow().getCustomer().getId();
    }

    /** A completed call from {@code from}, saved step by step as the pipeline does. */
    private long call(String from) {
        CallRecord received = Calls.received(Calls.sid("RE"), Calls.sid("CA"));
        CallRecord verified = Calls.verified(received.startingRun(), from);
        store.save(received);
        store.save(verified);
        store.save(Calls.completed(Calls.checked(Calls.transcribed(verified))));
        return calls.findByRecordingSid(received.recordingSid()).orElseThrow().getId();
    }

    private HttpResponse<String> post(String user, String agency, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callpipeline/api" + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header(USER_HEADER, user).header(AGENCY_HEADER, agency).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String user, String agency, String method, String path, String range)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callpipeline/api"
                + path)).method(method, HttpRequest.BodyPublishers.noBody()).header(USER_HEADER, user)
                .header(AGENCY_HEADER, agency);
        if (range != null) {
            builder.header("Range", range);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

}
