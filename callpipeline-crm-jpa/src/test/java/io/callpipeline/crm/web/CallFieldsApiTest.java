package io.callpipeline.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.customer.ConfirmedField;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.followup.CallFieldDecided;
import io.callpipeline.crm.followup.FieldConfirmation;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The agent confirms before the CRM changes: over real HTTP, each field the model extracted is
 * accepted, edited or rejected; only then does the customer card change, who decided what and when
 * stays on the call, the host hears of it, and two decisions at once both count.
 */
@SpringBootTest(classes = {CrmTestApplication.class, CallFieldsApiTest.Heard.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallFieldsApiTest {

    /** A host listening for decisions, as one with customers of its own would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {
        static final List<CallFieldDecided> EVENTS = new CopyOnWriteArrayList<>();

        @Bean
        Object fieldDecisionListener() {
            return new Object() {
                @EventListener
                void on(CallFieldDecided decided) {
                    EVENTS.add(decided);
                }
            };
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    CallHistory calls;

    @Autowired
    FieldConfirmation confirmation;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Customer dana;
    private long callId;

    @BeforeEach
    void aCompletedCallOfDana() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        Heard.EVENTS.clear();
        dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);
        callId = calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();
    }

    private HttpResponse<String> decide(long call, String field, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callpipeline/api/calls/"
                        + call + "/fields/" + field)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode field(HttpResponse<String> answer, String name) throws Exception {
        for (JsonNode field : json.readTree(answer.body()).path("response").path("extracted").path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + answer.body());
    }

    private List<ConfirmedField> card() {
        return customers.find(dana.getId(), AccessScope.ALL).orElseThrow().getConfirmedFields();
    }

    @Test
    void nothingReachesTheCustomerUntilTheAgentDecidesThenEachDecisionDoesWhatItSays() throws Exception {
        assertThat(card()).as("the model's fields are proposals").isEmpty();

        HttpResponse<String> accepted = decide(callId, "budget", "{\"decision\": \"accept\"}");
        HttpResponse<String> edited = decide(callId, "area", "{\"decision\": \"edit\", \"value\": \"  גבעתיים \"}");
        HttpResponse<String> rejected = decide(callId, "property_type", "{\"decision\": \"reject\"}");

        assertThat(List.of(accepted.statusCode(), edited.statusCode(), rejected.statusCode())).containsOnly(200);
        assertThat(field(accepted, "budget").path("decision").asText()).isEqualTo("accepted");
        assertThat(field(accepted, "budget").path("confirmed").asText()).isEqualTo("2.5 מיליון ₪");
        assertThat(field(edited, "area").path("confirmed").asText()).isEqualTo("גבעתיים");
        assertThat(field(edited, "area").path("value").asText()).as("the proposal stays beside it").isEqualTo("רמת גן");
        assertThat(field(rejected, "property_type").path("decision").asText()).isEqualTo("rejected");
        assertThat(field(rejected, "property_type").path("confirmed").isNull()).isTrue();
        assertThat(field(rejected, "timeframe").path("decision").isNull()).as("not decided: still a proposal").isTrue();
        assertThat(card()).extracting(ConfirmedField::name, ConfirmedField::label, ConfirmedField::value,
                        ConfirmedField::callId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budget", "תקציב", "2.5 מיליון ₪", callId),
                        org.assertj.core.groups.Tuple.tuple("area", "אזור", "גבעתיים", callId));
        assertThat(Heard.EVENTS).extracting(e -> e.decision().field(), e -> e.decision().kind(), CallFieldDecided::customerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budget", FieldDecision.Kind.ACCEPTED, dana.getId()),
                        org.assertj.core.groups.Tuple.tuple("area", FieldDecision.Kind.EDITED, dana.getId()),
                        org.assertj.core.groups.Tuple.tuple("property_type", FieldDecision.Kind.REJECTED, dana.getId()));
        assertThat(jdbc.queryForList("select action from callpipeline_access_log where call_id = ?", String.class, callId))
                .containsExactly("DECIDE_FIELD", "DECIDE_FIELD", "DECIDE_FIELD");
    }

    @Test
    void whoDecidedWhatAndWhenIsKeptAndTheLastDecisionHolds() throws Exception {
        decide(callId, "budget", "{\"decision\": \"accept\"}");
        HttpResponse<String> corrected = decide(callId, "budget", "{\"decision\": \"edit\", \"value\": \"עד 3 מיליון\"}");

        JsonNode decisions = json.readTree(corrected.body()).path("response").path("extracted").path("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).path("kind").asText()).isEqualTo("ACCEPTED");
        assertThat(decisions.get(1).path("kind").asText()).isEqualTo("EDITED");
        assertThat(decisions.get(1).path("proposed").asText()).isEqualTo("2.5 מיליון ₪");
        assertThat(decisions.get(1).path("value").asText()).isEqualTo("עד 3 מיליון");
        assertThat(decisions.get(1).path("decidedBy").asText()).isEqualTo("anonymous");
        assertThat(decisions.get(1).path("decidedAt").asText()).isNotBlank();
        assertThat(card()).singleElement().extracting(ConfirmedField::value).isEqualTo("עד 3 מיליון");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "budget | {\"decision\": \"maybe\"} | The body must say the decision",
        "budget | {} | The body must say the decision",
        "parking | {\"decision\": \"accept\"} | has no field 'parking'",
        "rooms | {\"decision\": \"accept\"} | Nothing was said for 'rooms'",
        "area | {\"decision\": \"edit\", \"value\": \"   \"} | An edit needs a value",
    })
    void aDecisionTheCallCannotTakeIsRefusedWithWhyAndChangesNothing(String field, String body, String why)
            throws Exception {
        HttpResponse<String> answer = decide(callId, field, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(why);
        assertThat(card()).isEmpty();
        assertThat(Heard.EVENTS).isEmpty();
        assertThat(jdbc.queryForObject("select field_decisions from callpipeline_call_transcript where call_log_id = ?",
                String.class, callId)).isNull();
    }

    @Test
    void aPersonalNumberAnAgentTypesIsTakenOutAsInATranscript() throws Exception {
        HttpResponse<String> edited = decide(callId, "budget",
                "{\"decision\": \"edit\", \"value\": \"2 מיליון, ת.ז. 123456782\"}");

        assertThat(field(edited, "budget").path("confirmed").asText()).doesNotContain("123456782").contains("[ת״ז]");
        assertThat(card()).singleElement().extracting(ConfirmedField::value).asString().doesNotContain("123456782");
        assertThat(jdbc.queryForObject("select field_decisions from callpipeline_call_transcript where call_log_id = ?",
                String.class, callId)).doesNotContain("123456782");
    }

    @Test
    void aValueLongerThanAFieldIsRefusedAndAnUnknownCallIsNotFound() throws Exception {
        assertThat(decide(callId, "area", "{\"decision\": \"edit\", \"value\": \"" + "א".repeat(501) + "\"}").body())
                .contains("at most 500");
        assertThat(decide(callId + 1000, "budget", "{\"decision\": \"accept\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void decisionsMadeAtOnceAllCount() throws Exception {
        List<String> fields = List.of("budget", "area", "property_type", "rooms", "timeframe");
        int rounds = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(fields.size() * rounds);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String field : fields) {
                    String value = field + "-" + round;
                    done.add(pool.submit(() -> {
                        start.await();
                        return confirmation.decide(callId, field, FieldDecision.Kind.EDITED, value, AccessScope.ALL, "agent");
                    }));
                }
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calls.find(callId, AccessScope.ALL).orElseThrow().getTranscript().getFieldDecisions())
                .hasSize(fields.size() * rounds);
        assertThat(card()).extracting(ConfirmedField::name).containsExactlyInAnyOrderElementsOf(fields);
    }
}
