package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.demo.testing.DemoSession;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's two agencies, as their users meet them under the demo's real security (form login,
 * sessions, CSRF): agency "חיפה"'s agent walks every id of agency "תל אביב"'s calls and customers
 * through every page and endpoint, and gets what a row that does not exist gets.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:agency-isolation;DB_CLOSE_DELAY=-1")
class AgencyIsolationTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> tlvCalls = new ArrayList<>();
    private final List<Long> haifaCalls = new ArrayList<>();
    private long tlvCustomer;
    private long haifaCustomer;

    @BeforeEach
    void callsToBothAgencies() throws Exception {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        tlvCalls.clear();
        haifaCalls.clear();
        // one caller phones both agencies; each agency gets its own customer of that number
        tlvCalls.add(finished(DemoSession.simulate(port, DemoSession.USER, "from=054-555-1234")));
        tlvCalls.add(finished(DemoSession.simulate(port, DemoSession.USER, "from=052-777-3333")));
        tlvCalls.add(finished(DemoSession.simulate(port, DemoSession.ADMIN, "from=Anonymous&agency=tlv")));
        haifaCalls.add(finished(DemoSession.simulate(port, DemoSession.OTHER_AGENCY_USER, "from=054-555-1234")));
        haifaCalls.add(finished(DemoSession.simulate(port, DemoSession.ADMIN, "from=Anonymous&agency=haifa")));
        tlvCustomer = calls.find(tlvCalls.get(0), AccessScope.ALL).orElseThrow().getCustomer().getId();
        haifaCustomer = calls.find(haifaCalls.get(0), AccessScope.ALL).orElseThrow().getCustomer().getId();
    }

    private long finished(String recordingSid) throws InterruptedException {
        return Calls.awaitFinished(calls, recordingSid).getId();
    }

    @Test
    void eachSimulatedCallBelongsToTheAgencyWhoseNumberWasCalled() {
        assertThat(tlvCalls).allSatisfy(id -> assertThat(owner(id)).isEqualTo(CallOwner.agency("tlv")));
        assertThat(haifaCalls).allSatisfy(id -> assertThat(owner(id)).isEqualTo(CallOwner.agency("haifa")));
        assertThat(tlvCustomer).isNotEqualTo(haifaCustomer);
    }

    @Test
    void theOtherAgencysAgentGetsNotFoundForEveryIdOnEveryPageAndEndpoint() throws Exception {
        Session haifa = Session.logIn(port, DemoSession.OTHER_AGENCY_USER);
        long missingCall = 1 + jdbc.queryForObject("select max(id) from callpipeline_call_log", Long.class);
        long missingCustomer = 1 + jdbc.queryForObject("select max(id) from callpipeline_customer", Long.class);
        List<String> walked = new ArrayList<>();
        for (long id : tlvCalls) {
            String[][] requests = callRequests(id);
            for (int i = 0; i < requests.length; i++) {
                HttpResponse<String> answer = haifa.send(requests[i]);
                HttpResponse<String> none = haifa.send(callRequests(missingCall)[i]);
                walked.add(requests[i][0] + " " + requests[i][1]);
                assertThat(answer.statusCode()).as(requests[i][0] + " " + requests[i][1]).isEqualTo(404);
                assertThat(normalized(answer.body(), id)).as(requests[i][1])
                        .isEqualTo(normalized(none.body(), missingCall));
            }
        }
        for (String path : List.of("/customers/%d", "/customers/%d/edit", "/callpipeline/api/customers/%d/calls",
                "/callpipeline/api/customers/%d/calls.csv")) {
            HttpResponse<String> answer = haifa.send("GET", path.formatted(tlvCustomer), null);
            HttpResponse<String> none = haifa.send("GET", path.formatted(missingCustomer), null);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(normalized(answer.body(), tlvCustomer)).as(path)
                    .isEqualTo(normalized(none.body(), missingCustomer));
        }
        HttpResponse<String> edit = haifa.form("/customers/" + tlvCustomer, "name=" + enc("נחטף") + "&phone=054-555-1234");
        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_customer where name = ?", Integer.class,
                "נחטף")).isZero();
        HttpResponse<String> assign = haifa.form("/calls/" + tlvCalls.get(2) + "/assign", "phone=054-555-1234");
        assertThat(assign.statusCode()).isEqualTo(302);
        assertThat(calls.find(tlvCalls.get(2), AccessScope.ALL).orElseThrow().getCustomer()).isNull();
        assertThat(walked).hasSize(tlvCalls.size() * callRequests(0).length);
    }

    @Test
    void listsSearchesAndCountsShowOnlyTheUsersAgency() throws Exception {
        Session haifa = Session.logIn(port, DemoSession.OTHER_AGENCY_USER);
        String callsPage = haifa.send("GET", "/calls", null).body()
                + haifa.send("GET", "/calls?q=" + enc("דירה"), null).body()
                + haifa.send("GET", "/calls?unassigned=true", null).body()
                + haifa.send("GET", "/calls?customerId=" + tlvCustomer, null).body()
                + haifa.send("GET", "/customers", null).body()
                + haifa.send("GET", "/customers?q=052", null).body()
                + haifa.send("GET", "/selfcheck", null).body();
        for (long id : tlvCalls) {
            assertThat(callsPage).doesNotContain("/callpipeline/api/calls/" + id + "/")
                    .doesNotContain("/calls/" + id + "/assign")
                    .doesNotContain(calls.find(id, AccessScope.ALL).orElseThrow().getRecordingSid());
        }
        assertThat(callsPage).doesNotContain("/customers/" + tlvCustomer + "\"").doesNotContain("+972527773333");
        assertThat(haifa.send("GET", "/callpipeline/api/calls?size=100", null).body())
                .contains("\"total\":" + haifaCalls.size());
        assertThat(haifa.send("GET", "/callpipeline/api/calls?q=" + enc("דירה"), null).body())
                .contains("\"total\":" + haifaCalls.size());
        Session admin = Session.logIn(port, DemoSession.ADMIN);
        assertThat(admin.send("GET", "/callpipeline/api/calls?size=100", null).body())
                .contains("\"total\":" + (tlvCalls.size() + haifaCalls.size()));
        assertThat(admin.send("GET", "/customers/" + tlvCustomer, null).body()).contains("תל אביב");
    }

    @Test
    void anAgentCreatesCustomersInTheirAgencyAndTheSameNumberMayBeAnotherAgencysCustomer() throws Exception {
        Session tlv = Session.logIn(port, DemoSession.USER);
        HttpResponse<String> created = tlv.form("/customers", "name=" + enc("רות") + "&phone=053-111-2222");
        assertThat(created.statusCode()).isEqualTo(302);
        Session haifa = Session.logIn(port, DemoSession.OTHER_AGENCY_USER);
        assertThat(haifa.form("/customers", "name=" + enc("רות ח") + "&phone=053-111-2222").statusCode()).isEqualTo(302);
        assertThat(haifa.form("/customers", "name=x&phone=053-111-3333&agency=tlv").body())
                .as("not into an agency not theirs").contains("יש לבחור סוכנות");
        assertThat(jdbc.queryForList("select owner_agency from callpipeline_customer where phone = '+972531112222'"
                + " order by owner_agency", String.class)).containsExactly("haifa", "tlv");
    }

    private String[][] callRequests(long id) {
        String api = "/callpipeline/api/calls/" + id;
        return new String[][] {
            {"GET", api},
            {"GET", api + "/audio"},
            {"GET", api + "/audio?download=true"},
            {"POST", api + "/retry"},
            {"POST", api + "/reanswer"},
            {"PUT", api + "/customer", "{\"customerId\": " + haifaCustomer + "}"},
        };
    }

    /** The body with the id asked for, the time of the answer and the per-request CSRF tokens taken out. */
    private static String normalized(String body, long id) {
        return body.replaceAll("\"timestamp\":\"[^\"]*\"", "").replaceAll("(?<![0-9])" + id + "(?![0-9])", "#")
                .replaceAll("(name=\"_csrf\" (content|value)=)\"[^\"]*\"", "$1");
    }

    private CallOwner owner(long id) {
        return calls.find(id, AccessScope.ALL).orElseThrow().getOwner();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A browser-like session: the login form, its cookie, and the CSRF token the pages carry in their meta tags. */
    private record Session(HttpClient http, int port, String csrfHeader, String csrfToken) {

        static Session logIn(int port, String user) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = FORM_CSRF.matcher(login);
            assertThat(token.find()).as("the login form's CSRF field").isTrue();
            HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + DemoSession.PASSWORD
                            + "&_csrf=" + enc(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/customers"));
            String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher header = META_HEADER.matcher(page);
            Matcher meta = META_CSRF.matcher(page);
            assertThat(header.find() && meta.find()).as("the page carries the CSRF meta tags").isTrue();
            return new Session(http, port, header.group(1), meta.group(1));
        }

        HttpResponse<String> send(String[] request) throws Exception {
            return send(request[0], request[1], request.length > 2 ? request[2] : null);
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json))
                    .header(csrfHeader, csrfToken);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(csrfHeader, csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
