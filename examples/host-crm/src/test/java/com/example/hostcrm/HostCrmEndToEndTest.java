package com.example.hostcrm;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.test.CallWait;
import io.callpipeline.test.ProviderAnswers;
import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The host CRM after adoption, end to end on PostgreSQL: a signed callback for a call from one of
 * the host's own customers ends on that customer's page, in Chromium, behind the host's login; the
 * host's migrations, security and JSON settings keep working as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostCrmEndToEndTest {

    private static final HostDatabase DATABASE = HostDatabase.named("host_crm_");
    private static final ProviderStandIns PROVIDERS = ProviderStandIns.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        DATABASE.register(registry, PROVIDERS);
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        PROVIDERS.close();
        DATABASE.drop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCallFromTheHostsCustomerShowsOnItsPage() throws Exception {
        Customer liat = customers.findByAgencyAndMobile("tlv", "+972545551234").orElseThrow();
        ProviderStandIns.TwilioCall call = PROVIDERS.call(liat.getMobile());
        ProviderStandIns.TwilioCall stranger = PROVIDERS.call("+972529998877");

        assertThat(SignedCallback.completed(call).post(url("/webhook/handle_recording")).statusCode()).isEqualTo(200);
        assertThat(SignedCallback.completed(stranger).post(url("/webhook/handle_recording")).statusCode()).isEqualTo(200);
        CallRecord record = CallWait.untilFinal(store, call.recordingSid(), Duration.ofSeconds(60));
        assertThat(record.stage()).isEqualTo(ProcessingStage.COMPLETED);
        CallWait.untilFinal(store, stranger.recordingSid(), Duration.ofSeconds(60));

        WebDriver browser = chromium();
        try {
            logIn(browser);
            browser.get(url("/customers/" + liat.getId()));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            WebElement card = wait.until(b -> b.findElements(By.cssSelector("callpipeline-calls .cp-call")).stream()
                    .filter(c -> "completed".equals(c.getAttribute("data-status"))).findFirst().orElse(null));
            List<WebElement> cards = browser.findElements(By.cssSelector("callpipeline-calls .cp-call"));
            assertThat(cards).as("the stranger's call is not Liat's").hasSize(1);
            String text = card.getText();
            assertThat(text).contains(ProviderStandIns.SPEECH.get(0).text()).contains(ProviderStandIns.RESPONSE.summary())
                    .contains(liat.getMobile()).doesNotContain("NaN").doesNotContain("undefined");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ליאת לוי");
            WebElement audio = card.findElement(By.tagName("audio"));
            assertThat(audio.getAttribute("src")).endsWith("/audio");

            // the answer's next step is a task on the host's page, marked done under the host's login and CSRF
            assertThat(card.findElement(By.cssSelector(".cp-lead")).getText()).contains(ProviderStandIns.RESPONSE.leadScore() + "/100");
            WebElement task = card.findElements(By.cssSelector(".cp-task")).get(0);
            assertThat(task.getText()).contains(ProviderStandIns.RESPONSE.nextSteps().get(0).task());
            String taskId = task.getAttribute("data-task-id");
            task.findElement(By.cssSelector("button[data-task]")).click();
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> "done".equals(
                    b.findElement(By.cssSelector(".cp-task[data-task-id='" + taskId + "']")).getAttribute("data-status")));
            assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("accepted under the host's CSRF").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCallInRussianIsSpeechAnsweredForItsCallerAndShownWithItsLanguage() throws Exception {
        Customer yossi = customers.findByAgencyAndMobile("tlv", "+972501112233").orElseThrow();
        ProviderStandIns.TwilioCall call = PROVIDERS.call(yossi.getMobile());
        PROVIDERS.transcribeAs(call.recordingSid(), ProviderAnswers.transcription("russian", List.of(
                ProviderAnswers.Segment.spoken(0.0, 4.0, "Здравствуйте, я звоню по поводу квартиры в Ашдоде."),
                ProviderAnswers.Segment.spoken(4.0, 7.5, "Она ещё свободна? Перезвоните мне, пожалуйста."))));

        assertThat(SignedCallback.completed(call).post(url("/webhook/handle_recording")).statusCode()).isEqualTo(200);
        CallRecord record = CallWait.untilFinal(store, call.recordingSid(), Duration.ofSeconds(60));

        assertThat(record.stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(record.transcript().language()).isEqualTo("ru");
        assertThat(PROVIDERS.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v1/chat/completions"))))
                .anySatisfy(request -> assertThat(request.getBodyAsString()).contains("(ru)"));
        WebDriver browser = chromium();
        try {
            logIn(browser);
            browser.get(url("/customers/" + yossi.getId()));
            WebElement language = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(b -> b.findElements(By.cssSelector("callpipeline-calls .cp-language")).stream().findFirst()
                            .orElse(null));
            assertThat(language.getText()).isEqualTo("רוסית");
            assertThat(browser.findElement(By.cssSelector("callpipeline-calls .cp-transcript")).getAttribute("lang"))
                    .isEqualTo("ru");
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePrivacyOfficerErasesTheHostCustomersCallsFromTheirPageAndTheLogNamesWhoOpenedThem() throws Exception {
        Customer liat = customers.findByAgencyAndMobile("tlv", "+972545551234").orElseThrow();
        ProviderStandIns.TwilioCall call = PROVIDERS.call(liat.getMobile());
        assertThat(SignedCallback.completed(call).post(url("/webhook/handle_recording")).statusCode()).isEqualTo(200);
        CallWait.untilFinal(store, call.recordingSid(), Duration.ofSeconds(60));

        WebDriver browser = chromium();
        try {
            logIn(browser, "agent");
            browser.get(url("/customers/" + liat.getId()));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(b -> !b.findElements(By.cssSelector("callpipeline-calls .cp-call")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("button.cp-erase"))).as("an agent erases nothing").isEmpty();
            browser.manage().deleteAllCookies();

            logIn(browser, "officer");
            browser.get(url("/customers/" + liat.getId()));
            WebElement erase = wait.until(b -> b.findElements(By.cssSelector("button[data-erase-customer]")).stream()
                    .findFirst().orElse(null));
            erase.click();
            erase.click();
            wait.until(b -> !b.findElements(By.cssSelector(".cp-erased")).isEmpty());
            assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("accepted under the host's CSRF").isEmpty();
        } finally {
            browser.quit();
        }
        assertThat(store.find(call.recordingSid())).isEmpty();
        assertThat(customers.findById(liat.getId())).as("the host's own customer is the host's to delete").isPresent();
        assertThat(jdbc.queryForList("select actor || ':' || action from callpipeline_access_log", String.class))
                .contains("agent:LIST", "officer:ERASE_CUSTOMER");
    }

    @Test
    void theHostsSecurityStillGuardsEverythingButTheWebhooks() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(url("/callpipeline/api/calls"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("to the host's login page").isEqualTo(302);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(url("/customers")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("fullName=x&mobile=%2B972500000000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as("no CSRF token, no session").isIn(302, 401, 403);
        HttpResponse<String> forged = SignedCallback.completed(PROVIDERS.call("+972501112233"))
                .post(url("/webhook/handle_recording"), "not-the-auth-token");
        assertThat(forged.statusCode()).as("the webhook's own authentication: the signature").isEqualTo(403);
    }

    @Test
    void eachSideKeepsItsOwnMigrationHistory() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactly("1", "2", "3");
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_crm_schema_history where success",
                Integer.class)).isPositive();
    }

    @Test
    void twoAgenciesAgentsEachSeeTheirOwnAgencysCallOfTheSameCaller() throws Exception {
        Customer liat = customers.findByAgencyAndMobile("tlv", "+972545551234").orElseThrow();
        Customer dana = customers.findByAgencyAndMobile("haifa", "+972545551234").orElseThrow();
        ProviderStandIns.TwilioCall toTlv = PROVIDERS.callTo(liat.getMobile(), "+97235551234");
        ProviderStandIns.TwilioCall toHaifa = PROVIDERS.callTo(dana.getMobile(), "+97245550000");
        for (ProviderStandIns.TwilioCall call : List.of(toTlv, toHaifa)) {
            assertThat(SignedCallback.completed(call).post(url("/webhook/handle_recording")).statusCode()).isEqualTo(200);
            CallWait.untilFinal(store, call.recordingSid(), Duration.ofSeconds(60));
        }
        long tlvCallId = jdbc.queryForObject("select id from callpipeline_call_log where recording_sid = ?", Long.class,
                toTlv.recordingSid());
        assertThat(jdbc.queryForObject("select owner_agency from callpipeline_call_log where recording_sid = ?",
                String.class, toHaifa.recordingSid())).isEqualTo("haifa");

        WebDriver browser = chromium();
        try {
            logIn(browser, "agent2");
            browser.get(url("/customers/" + dana.getId()));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(b -> b.findElements(By.cssSelector("callpipeline-calls .cp-call[data-status='completed']")).size() == 1);
            assertThat(browser.findElements(By.cssSelector("callpipeline-calls .cp-call"))).hasSize(1);
            assertThat(browser.getPageSource()).doesNotContain(toTlv.recordingSid());
            browser.get(url("/customers/" + liat.getId()));
            assertThat(browser.getPageSource()).doesNotContain("ליאת");
            browser.get(url("/callpipeline/api/calls/" + tlvCallId));
            assertThat(browser.getPageSource()).contains("404").doesNotContain(toTlv.recordingSid());
            browser.get(url("/callpipeline/api/customers/ref/" + liat.getId() + "/calls"));
            // the browser asks for XML first, and this host can write it: either form says none
            assertThat(browser.getPageSource()).containsAnyOf("\"total\":0", "<total>0</total>");
            browser.get(url("/callpipeline/api/calls"));
            assertThat(browser.getPageSource()).contains(toHaifa.recordingSid()).doesNotContain(toTlv.recordingSid());
        } finally {
            browser.quit();
        }
    }

    private void logIn(WebDriver browser) {
        logIn(browser, "agent");
    }

    private void logIn(WebDriver browser, String user) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("host-crm-demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Debian's Chromium and its driver (apt-get install chromium chromium-driver), headless, never downloaded. */
    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("host-crm-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }
}
