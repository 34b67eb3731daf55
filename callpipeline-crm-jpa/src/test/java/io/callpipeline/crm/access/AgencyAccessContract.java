package io.callpipeline.crm.access;

import io.callpipeline.core.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.TwilioMedia;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Two agencies' users walk every call and customer id through every endpoint of the calls API and
 * the audio: another agency's row answers exactly as one that does not exist, and no list, count,
 * search or export holds one. Run on H2 and on PostgreSQL. The host's access rule here is a
 * {@link CallAccess} bean of its own (a header names the user's agency), as a host that maps its
 * principals to agencies would define; the Spring Security default is tested in the demo.
 */
abstract class AgencyAccessContract {

    static final String TLV_NUMBER = "+97235550000";
    static final String HAIFA_NUMBER = "+97245550000";
    static final String DANA_NUMBER = "+97235550099";
    static final String USER_HEADER = "X-Test-Agency";

    /** The host's rule: the header names the user's agency; {@code admin} sees all; no header, nothing. */
    @Configuration(proxyBeanMethods = false)
    static class HeaderAccess {
        @Bean
        CallAccess headerCallAccess() {
            return () -> {
                HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                        .getRequest();
                String agency = request.getHeader(USER_HEADER);
                if (agency == null) {
                    return AccessScope.NONE;
                }
                if (agency.contains("/")) {
                    String[] ids = agency.split("/");
                    return new AccessScope(false, Set.of(), Set.of(new CallOwner(ids[0], ids[1])));
                }
                return "admin".equals(agency) ? AccessScope.ALL : AccessScope.agencies(Set.of(agency));
            };
        }
    }

    static Map<String, String> properties() {
        return Map.of("callpipeline.crm.api.open", "false",
                "callpipeline.routing.default-agency", "",
                "callpipeline.routing.agencies.tlv.numbers", TLV_NUMBER,
                "callpipeline.routing.agencies.haifa.numbers", HAIFA_NUMBER,
                "callpipeline.routing.agencies.tlv.agents.dana", DANA_NUMBER,
                // the starter's voice TwiML forwards calls to Dana's number
                "callpipeline.voice.mode", "dial",
                "callpipeline.voice.agent-number", DANA_NUMBER);
    }

    abstract WireMockServer twilio();

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private final List<Long> tlvCalls = new ArrayList<>();
    private final List<Long> haifaCalls = new ArrayList<>();
    private long unroutedCall;
    private Customer tlvCustomer;
    private Customer haifaCustomer;

    @BeforeEach
    void twoAgencies() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        twilio().resetAll();
        tlvCalls.clear();
        haifaCalls.clear();
        // the same caller phones both agencies: a customer of each, neither seeing the other's
        tlvCalls.add(call("+972545551234", TLV_NUMBER, true));
        tlvCalls.add(call("Anonymous", TLV_NUMBER, true));
        tlvCalls.add(call("+972529998888", TLV_NUMBER, false));
        haifaCalls.add(call("+972545551234", HAIFA_NUMBER, true));
        haifaCalls.add(call("Anonymous", HAIFA_NUMBER, true));
        unroutedCall = call("+972541112222", "+97299999999", true);
        tlvCustomer = calls.find(tlvCalls.get(0), AccessScope.ALL).orElseThrow().getCustomer();
        haifaCustomer = calls.find(haifaCalls.get(0), AccessScope.ALL).orElseThrow().getCustomer();
    }

    @Test
    void callsAreRoutedByTheNumberCalledAndCustomersBelongToTheCallsAgency() {
        assertThat(tlvCalls).allSatisfy(id -> assertThat(owner(id)).isEqualTo(CallOwner.agency("tlv")));
        assertThat(haifaCalls).allSatisfy(id -> assertThat(owner(id)).isEqualTo(CallOwner.agency("haifa")));
        assertThat(owner(unroutedCall)).isEqualTo(CallOwner.UNROUTED);
        assertThat(tlvCustomer.getId()).isNotEqualTo(haifaCustomer.getId());
        assertThat(tlvCustomer.getPhone()).isEqualTo(haifaCustomer.getPhone());
        assertThat(tlvCustomer.getAgency()).isEqualTo("tlv");
        assertThat(haifaCustomer.getAgency()).isEqualTo("haifa");
    }

    @Test
    void anotherAgencysCallAnswersEveryEndpointExactlyAsOneThatDoesNotExist() throws Exception {
        long missing = 1 + jdbc.queryForObject("select max(id) from callpipeline_call_log", Long.class);
        long customerMissing = 1 + jdbc.queryForObject("select max(id) from callpipeline_customer", Long.class);
        List<Long> notHaifas = new ArrayList<>(tlvCalls);
        notHaifas.add(unroutedCall);
        for (long id : notHaifas) {
            for (String[] request : callEndpoints(id, haifaCustomer.getId())) {
                HttpResponse<String> answer = send("haifa", request);
                HttpResponse<String> none = send("haifa", callEndpoints(missing, haifaCustomer.getId())[indexOf(request)]);
                assertThat(answer.statusCode()).as("%s %s", request[0], request[1]).isEqualTo(404);
                assertThat(withoutId(answer.body(), id))
                        .as("%s %s answers as a call that does not exist", request[0], request[1])
                        .isEqualTo(withoutId(none.body(), missing));
            }
        }
        // erasure and the access log are an admin's: another agency's user is refused alike for any id
        for (long id : notHaifas) {
            HttpResponse<String> erase = send("haifa", new String[] {"DELETE", api("/calls/" + id)});
            HttpResponse<String> eraseNone = send("haifa", new String[] {"DELETE", api("/calls/" + missing)});
            assertThat(erase.statusCode()).isEqualTo(403).isEqualTo(eraseNone.statusCode());
            assertThat(withoutId(erase.body(), id)).isEqualTo(withoutId(eraseNone.body(), missing));
            assertThat(calls.find(id, AccessScope.ALL)).as("nothing erased").isPresent();
        }
        HttpResponse<String> eraseCustomer = send("haifa", new String[] {"DELETE",
                api("/customers/" + tlvCustomer.getId())});
        assertThat(eraseCustomer.statusCode()).isEqualTo(403)
                .isEqualTo(send("haifa", new String[] {"DELETE", api("/customers/" + customerMissing)}).statusCode());
        assertThat(customers.find(tlvCustomer.getId(), AccessScope.ALL)).isPresent();
        assertThat(send("haifa", new String[] {"GET", api("/access-log?callId=" + tlvCalls.get(0))}).statusCode())
                .isEqualTo(403);
        for (String path : List.of("/customers/%d/calls", "/customers/%d/calls.csv", "/calls?customerId=%d",
                "/customers/%d/story")) {
            HttpResponse<String> answer = send("haifa", new String[] {"GET", api(path.formatted(tlvCustomer.getId()))});
            HttpResponse<String> none = send("haifa", new String[] {"GET", api(path.formatted(customerMissing))});
            assertThat(answer.statusCode()).as(path).isEqualTo(none.statusCode());
            assertThat(withoutId(answer.body(), tlvCustomer.getId())).as(path)
                    .isEqualTo(withoutId(none.body(), customerMissing));
        }
        assertThat(twilio().getAllServeEvents()).as("no audio of another agency was even asked for").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_transcript where field_decisions is not null",
                Integer.class)).as("no field of another agency's call was decided").isZero();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_task where status <> 'OPEN'",
                Integer.class)).as("no task of another agency's call was marked").isZero();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_reply", Integer.class))
                .as("no reply to another agency's caller was even recorded").isZero();
    }

    @Test
    void theOwnersCallsStillAnswer() throws Exception {
        long own = haifaCalls.get(0);
        TwilioMedia.serve(twilio(), calls.find(own, AccessScope.ALL).orElseThrow().getRecordingSid(), new byte[100]);
        assertThat(send("haifa", new String[] {"GET", api("/calls/" + own)}).statusCode()).isEqualTo(200);
        assertThat(send("haifa", new String[] {"GET", api("/calls/" + own + "/audio")}).statusCode()).isEqualTo(200);
        assertThat(send("haifa", new String[] {"POST", api("/calls/" + own + "/retry")}).statusCode())
                .as("reached: a completed call is not retried").isEqualTo(409);
        assertThat(send("haifa", new String[] {"POST", api("/calls/" + own + "/fields/area"),
                "{\"decision\": \"edit\", \"value\": \"חיפה\"}"}).statusCode()).isEqualTo(200);
        assertThat(send("haifa", new String[] {"GET", api("/customers/" + haifaCustomer.getId() + "/calls")}).body())
                .contains("\"total\":1");
        assertThat(send("haifa", new String[] {"POST", api("/calls/" + own + "/tasks/" + firstTask(own)),
                "{\"done\": true}"}).body()).contains("\"status\":\"done\"");
        assertThat(send("haifa", new String[] {"POST", api("/calls/" + own + "/reply"),
                "{\"channel\": \"sms\", \"body\": \"שלום\", \"key\": \"own-call-key\"}"}).body())
                .as("reached: the reply is recorded on the owner's call").contains("\"replies\":[{");
        assertThat(send("admin", new String[] {"GET", api("/calls/" + unroutedCall)}).statusCode()).isEqualTo(200);
    }

    @Test
    void listsCountsSearchesAndPagesHoldOnlyTheUsersAgency() throws Exception {
        String haifa = send("haifa", new String[] {"GET", api("/calls?size=100")}).body();
        assertThat(haifa).contains("\"total\":" + haifaCalls.size());
        for (long id : tlvCalls) {
            assertThat(haifa).doesNotContain(calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid());
        }
        assertThat(send("haifa", new String[] {"GET", api("/calls?q=" + enc("הרצל"))}).body())
                .contains("\"total\":" + haifaCalls.size());
        assertThat(send("haifa", new String[] {"GET", api("/calls?unassigned=true")}).body()).contains("\"total\":1");
        assertThat(send("haifa", new String[] {"GET", api("/calls?status=completed,failed")}).body())
                .contains("\"total\":" + haifaCalls.size());
        assertThat(send("tlv", new String[] {"GET", api("/calls?size=1&page=2")}).body())
                .contains("\"total\":" + tlvCalls.size());
        assertThat(send("admin", new String[] {"GET", api("/calls")}).body())
                .contains("\"total\":" + (tlvCalls.size() + haifaCalls.size() + 1));
        assertThat(send(null, new String[] {"GET", api("/calls")}).body()).as("nobody logged in")
                .contains("\"total\":0");
        assertThat(send(null, new String[] {"GET", api("/calls/" + haifaCalls.get(0))}).statusCode()).isEqualTo(404);
    }

    @Test
    void theTodayListHoldsOnlyTheUsersTasksAndNobodysWhenNobodyIsLoggedIn() throws Exception {
        com.fasterxml.jackson.databind.JsonNode haifa = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(send("haifa", new String[] {"GET", api("/tasks/today")}).body());
        List<Long> listed = new ArrayList<>();
        haifa.path("due").forEach(item -> listed.add(item.path("callId").asLong()));
        haifa.path("undated").forEach(item -> listed.add(item.path("callId").asLong()));
        // each completed call has one dated (overdue) and one undated task
        long completedHaifa = haifaCalls.stream().filter(id -> firstTask(id) != 0).count();
        assertThat(listed).hasSize((int) (2 * completedHaifa)).isSubsetOf(haifaCalls);
        String admin = send("admin", new String[] {"GET", api("/tasks/today?limit=200")}).body();
        assertThat(admin).contains("\"callId\":" + tlvCalls.get(0)).contains("\"callId\":" + unroutedCall);
        assertThat(send(null, new String[] {"GET", api("/tasks/today")}).body()).as("nobody logged in")
                .contains("\"due\":[]").contains("\"undated\":[]");
        assertThat(send("haifa", new String[] {"GET", api("/tasks/today?limit=0")}).statusCode()).isEqualTo(400);
    }

    @Test
    void anAgentSeesTheirOwnCallsAndTheirAgencysCustomersOnly() throws Exception {
        long danas = call("+972545551234", DANA_NUMBER, true);
        assertThat(owner(danas)).isEqualTo(new CallOwner("tlv", "dana"));
        assertThat(calls.find(danas, AccessScope.ALL).orElseThrow().getCustomer().getId())
                .as("the agency's customer of that number").isEqualTo(tlvCustomer.getId());

        String list = send("tlv/dana", new String[] {"GET", api("/calls?size=100")}).body();
        assertThat(list).contains("\"total\":1")
                .contains(calls.find(danas, AccessScope.ALL).orElseThrow().getRecordingSid());
        for (long other : tlvCalls) {
            assertThat(send("tlv/dana", new String[] {"GET", api("/calls/" + other)}).statusCode()).isEqualTo(404);
        }
        assertThat(send("tlv/dana", new String[] {"GET", api("/customers/" + tlvCustomer.getId() + "/calls")}).body())
                .as("the agency's customer, with the agent's own call of it").contains("\"total\":1");
        assertThat(send("tlv/dana", new String[] {"GET", api("/customers/" + haifaCustomer.getId() + "/calls")})
                .statusCode()).isEqualTo(404);
        assertThat(send("tlv", new String[] {"GET", api("/calls/" + danas)}).statusCode()).as("the agency sees it")
                .isEqualTo(200);
    }

    @Test
    void hostCustomerRefsAreLookedUpInTheUsersAgencyOnly() throws Exception {
        jdbc.update("update callpipeline_customer set external_ref = 'shared-7' where id in (?, ?)", tlvCustomer.getId(),
                haifaCustomer.getId());
        String haifa = send("haifa", new String[] {"GET", api("/customers/ref/shared-7/calls")}).body();
        assertThat(haifa).contains("\"total\":1")
                .contains(calls.find(haifaCalls.get(0), AccessScope.ALL).orElseThrow().getRecordingSid());
        String csv = send("haifa", new String[] {"GET", api("/customers/ref/shared-7/calls.csv")}).body();
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(send("haifa", new String[] {"GET", api("/calls?customerRef=shared-7")}).body()).contains("\"total\":1");
    }

    @Test
    void aCallIsNeverAssignedAcrossAgenciesAndAnUnroutedOneJoinsItsCustomersAgency() throws Exception {
        long withheldTlv = tlvCalls.get(1);
        String body = "{\"customerId\": " + haifaCustomer.getId() + "}";
        assertThat(send("admin", new String[] {"PUT", api("/calls/" + withheldTlv + "/customer"), body}).statusCode())
                .isEqualTo(409);
        assertThat(calls.find(withheldTlv, AccessScope.ALL).orElseThrow().getCustomer()).isNull();
        jdbc.update("update callpipeline_call_log set customer_id = null where id = ?", unroutedCall);
        assertThat(send("admin", new String[] {"PUT", api("/calls/" + unroutedCall + "/customer"), body}).statusCode())
                .isEqualTo(200);
        assertThat(owner(unroutedCall)).isEqualTo(CallOwner.agency("haifa"));
        assertThat(send("haifa", new String[] {"GET", api("/calls/" + unroutedCall)}).statusCode()).isEqualTo(200);
    }

    private String[][] callEndpoints(long id, long customerId) {
        return callEndpoints(id, customerId, firstTask(tlvCalls.isEmpty() ? -1 : tlvCalls.get(0)));
    }

    /** The first task of a call, or 0 when it has none (or there is no such call). */
    private long firstTask(long callId) {
        return jdbc.queryForList("select min(id) from callpipeline_call_task where call_log_id = ?", Long.class, callId)
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(0L);
    }

    private String[][] callEndpoints(long id, long customerId, long taskId) {
        return new String[][] {
            {"POST", api("/calls/" + id + "/tasks/" + taskId), "{\"done\": true}"},
            {"POST", api("/calls/" + id + "/reply"), "{\"channel\": \"sms\", \"body\": \"שלום\", \"key\": \"walk-"
                    + id + "-key\"}"},
            {"GET", api("/calls/" + id)},
            {"GET", api("/calls/" + id + "/audio")},
            {"GET", api("/calls/" + id + "/audio?download=true")},
            {"GET", api("/calls/" + id + "/audio"), null, "bytes=0-10"},
            {"POST", api("/calls/" + id + "/retry")},
            {"POST", api("/calls/" + id + "/reanswer")},
            {"PUT", api("/calls/" + id + "/customer"), "{\"customerId\": " + customerId + "}"},
            {"POST", api("/calls/" + id + "/fields/budget"), "{\"decision\": \"accept\"}"},
            {"POST", api("/calls/" + id + "/fields/area"), "{\"decision\": \"edit\", \"value\": \"חיפה\"}"},
            {"POST", api("/calls/" + id + "/fields/timeframe"), "{\"decision\": \"reject\"}"},
        };
    }

    private int indexOf(String[] request) {
        String[][] template = callEndpoints(0, 0, 0);
        for (int i = 0; i < template.length; i++) {
            if (template[i][0].equals(request[0]) && request[1].replaceAll("/calls/\\d+", "/calls/0")
                    .replaceAll("/tasks/\\d+", "/tasks/0")
                    .equals(template[i][1]) && (template[i].length > 3) == (request.length > 3)) {
                return i;
            }
        }
        throw new IllegalArgumentException(request[1]);
    }

    /** The body with the id asked for taken out (as a whole number: never the 40 of a 404). */
    private static String withoutId(String body, long id) {
        return body.replaceAll("(?<![0-9])" + id + "(?![0-9])", "#");
    }

    private CallOwner owner(long id) {
        return calls.find(id, AccessScope.ALL).orElseThrow().getOwner();
    }

    private static String api(String path) {
        return "/callpipeline/api" + path;
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @param request method, path, optional JSON body, optional Range header */
    private HttpResponse<String> send(String agency, String[] request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request[1]));
        String body = request.length > 2 ? request[2] : null;
        builder.method(request[0], body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (request.length > 3) {
            builder.header("Range", request[3]);
        }
        if (agency != null) {
            builder.header(USER_HEADER, agency);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCallOurDialForwardedBelongsToTheAgentItWasForwardedTo() {
        long forwarded = call("+972529990000", TLV_NUMBER, true, "DialVerb");
        long voicemail = call("+972529990000", TLV_NUMBER, true, "RecordVerb");
        assertThat(owner(forwarded)).isEqualTo(new CallOwner("tlv", "dana"));
        assertThat(owner(voicemail)).isEqualTo(CallOwner.agency("tlv"));
    }

    private long call(String from, String ourNumber, boolean completed) {
        return call(from, ourNumber, completed, "RecordVerb");
    }

    /** A call to {@code ourNumber}, saved step by step as the pipeline does; completed or failed. */
    private long call(String from, String ourNumber, boolean completed, String recordingSource) {
        CallRecord plain = Calls.received(Calls.sid("RE"), Calls.sid("CA"));
        RecordingEvent e = plain.event();
        CallRecord received = CallRecord.received(new RecordingEvent(e.accountSid(), e.callSid(), e.recordingSid(),
                e.recordingUrl(), e.recordingStatus(), e.durationSeconds(), e.channels(), recordingSource, e.startTime(),
                e.errorCode()));
        CallRecord verified = received.startingRun().verified(
                new RecordingInfo(received.recordingSid(), Calls.ACCOUNT_SID, received.event().callSid(), "completed", 7,
                        1, "RecordVerb", Calls.STARTED),
                new CallDetails(received.event().callSid(), from, ourNumber, CallDirection.INBOUND, Calls.STARTED, 12));
        store.save(received);
        store.save(verified);
        if (completed) {
            CallRecord done = Calls.completed(Calls.checked(Calls.transcribed(verified)));
            store.save(done);
        } else {
            store.save(verified.failed(new ProcessingFailure(ReasonCode.TWILIO_UNAUTHORIZED, "refused", false, null),
                    ProcessingStage.FAILED));
        }
        CallLog saved = calls.findByRecordingSid(received.recordingSid()).orElseThrow();
        return saved.getId();
    }
}
