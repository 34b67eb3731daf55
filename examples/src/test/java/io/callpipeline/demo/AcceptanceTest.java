package io.callpipeline.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.CustomerOrigin;
import io.callpipeline.crm.testing.AudioAnswers;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.HeadlessChromium;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.callpipeline.test.TestAudio;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed's final test, automated: a signed recording callback for a new caller becomes, through
 * the real webhook, queue and pipeline (Twilio and OpenAI stubbed by WireMock with their real
 * shapes, reached through twilio-java and openai-java), a customer with a completed call whose
 * transcript, response and playable, seekable audio an agent sees after logging in.
 */
@SpringBootTest(classes = {DemoApplication.class, AudioAnswers.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // credentials switch sandbox mode off: the app talks to "Twilio" and "OpenAI" as configured
        properties = {"callpipeline.twilio.account-sid=" + StubbedProviders.ACCOUNT_SID,
            "callpipeline.twilio.auth-token=" + StubbedProviders.AUTH_TOKEN,
            "callpipeline.openai.api-key=" + StubbedProviders.API_KEY,
            // real mode refuses the documented password
            "demo.password=" + AcceptanceTest.PASSWORD})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcceptanceTest {

    static final String PASSWORD = "acceptance-not-the-demo-default";
    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final Path WORK = temporaryDirectory();
    private static final byte[] AUDIO = Mp3Frames.bytes(120);
    private static final String CALLER = "+972541234567";
    private static ChromeDriver browser;

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("callpipeline-acceptance");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:acceptance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        PROVIDERS.register(registry);
        registry.add("callpipeline.processing.work-directory", WORK::toString);
        registry.add("callpipeline.processing.polling-interval", () -> "200ms");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @Autowired
    CustomerDirectory customers;

    private final HttpClient http = HttpClient.newHttpClient();

    private String webhook() {
        return "http://localhost:" + port + "/webhook/handle_recording";
    }

    /**
     * Twilio knows the recording and its call, and serves the audio with its length (as it does): a
     * speaking WAV to process and MP3 frames for the player.
     */
    private static void twilioKnows(String recordingSid, String callSid) {
        PROVIDERS.recording(recordingSid, callSid);
        PROVIDERS.server().stubFor(get(StubbedProviders.mediaPath(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withHeader("Content-Length", Integer.toString(AUDIO.length))
                .withBody(AUDIO)));
    }

    private int postCallback(Map<String, String> form) throws Exception {
        return http.send(TwilioSignatures.signedPost(AUTH_TOKEN, webhook(), form), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void logIn() {
        browser.get("http://localhost:" + port + "/customers");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("/login"));
        browser.findElement(By.name("username")).sendKeys("agent");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/customers"));
    }

    private WebElement openRecordedCalls(Customer customer, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/customers");
        browser.findElement(By.cssSelector("a[href='/customers/" + customer.getId() + "']")).click();
        browser.findElement(By.id("calls-tab")).click();
        return wait.until(b -> b.findElement(By.tagName("callpipeline-calls")));
    }

    @Test
    @Order(1)
    void seedFinalTest() throws Exception {
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        twilioKnows(recordingSid, callSid);

        // 1. a signed recording callback for a new caller
        assertThat(postCallback(StubbedProviders.callback(recordingSid, callSid))).isEqualTo(200);

        // 2. the call completes, on a customer made from the caller's number
        CallLog call = Calls.awaitFinished(calls, recordingSid);
        assertThat(call.getStatus()).isEqualTo(CallStatus.COMPLETED);
        Customer customer = customers.findByPhone("tlv", CALLER, AccessScope.ALL).orElseThrow();
        assertThat(customer.getOrigin()).isEqualTo(CustomerOrigin.INBOUND_CALL);
        assertThat(call.getCustomer().getId()).isEqualTo(customer.getId());
        assertThat(call.getTranscript().getText()).isEqualTo(TRANSCRIPT);
        assertThat(call.getTranscript().getSummary()).isEqualTo("המתקשר מחפש דירה ברמת גן");
        assertThat(call.getTranscript().getSuggestedReply()).isEqualTo("אחזור אליך היום");

        // 3. what Twilio and OpenAI saw: each once
        String twilio = "/2010-04-01/Accounts/" + ACCOUNT_SID;
        PROVIDERS.server().verify(1, getRequestedFor(urlEqualTo(twilio + "/Recordings/" + recordingSid + ".json")));
        PROVIDERS.server().verify(1, getRequestedFor(urlEqualTo(twilio + "/Calls/" + callSid + ".json")));
        PROVIDERS.server().verify(1, getRequestedFor(urlEqualTo(StubbedProviders.wavPath(recordingSid))));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withRequestBodyPart(aMultipart("language").withBody(containing("he")).build()));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(CHAT)));
        Map<String, Long> requests = PROVIDERS.server().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .collect(Collectors.groupingBy(r -> r.getMethod() + " " + r.getUrl(), Collectors.counting()));
        assertThat(requests).as("no request twice").allSatisfy((request, times) -> assertThat(times).as(request).isOne());

        // 5. no recording file outlives its processing
        try (Stream<Path> left = Files.list(WORK)) {
            assertThat(left).as("files left in the work directory").isEmpty();
        }

        // 4. the agent logs in, opens the customer's "שיחות מוקלטות", hears the call and seeks in it
        logIn();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        openRecordedCalls(customer, wait);
        WebElement card = wait.until(b -> b.findElement(By.cssSelector("article.cp-call[data-status='completed']")));
        assertThat(card.getText()).contains("תאריך").contains(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Jerusalem")).format(call.getOccurredAt()))
                .contains("15.10.2016 00:56")
                .contains("שלום, אני מתקשר לגבי הדירה ברמת גן")
                .contains("המתקשר מחפש דירה ברמת גן").contains("אחזור אליך היום");
        WebElement segment = card.findElement(By.cssSelector("button.cp-segment"));
        assertThat(segment.getCssValue("color")).as("the host page's button style must not hide the transcript")
                .isNotEqualTo(js("return getComputedStyle(arguments[0]).backgroundColor;", card));
        WebElement audio = card.findElement(By.tagName("audio"));
        wait.until(b -> ((Number) js("return arguments[0].duration || 0;", audio)).doubleValue() > 0);
        js("arguments[0].currentTime = 2.0;", audio);
        wait.until(b -> ((Number) js("return arguments[0].currentTime;", audio)).doubleValue() >= 2.0);
        assertThat(AudioAnswers.playerGotAPartialAnswer()).as("the player's requests and our answers: %s",
                AudioAnswers.SEEN).isTrue();
        Path screenshot = Path.of("target", "screenshots", "acceptance-calls-tab.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);

        // 6. GET is refused, a forged callback stores nothing, a duplicate makes no second call
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(webhook())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        String forgedSid = sid("RE");
        Map<String, String> forged = StubbedProviders.callback(forgedSid, sid("CA"));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(webhook()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignatures.sign("not-the-auth-token", webhook(), forged))
                .POST(HttpRequest.BodyPublishers.ofString(forged.entrySet().stream()
                        .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(calls.findByRecordingSid(forgedSid)).isEmpty();
        assertThat(postCallback(StubbedProviders.callback(recordingSid, callSid))).as("duplicate").isEqualTo(200);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(calls.ofCustomer(customer.getId(), AccessScope.ALL, 0, 10).total()).isEqualTo(1));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    @Order(2)
    void silenceIsNeverTranscribedGetsNoResponseAndTheTabSaysSo() throws Exception {
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        twilioKnows(recordingSid, callSid);
        PROVIDERS.server().stubFor(get(StubbedProviders.wavPath(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(TestAudio.silentWav(4))));
        int chatsBefore = PROVIDERS.server().findAll(postRequestedFor(urlEqualTo(CHAT))).size();

        assertThat(postCallback(StubbedProviders.callback(recordingSid, callSid))).isEqualTo(200);

        CallLog call = Calls.awaitFinished(calls, recordingSid);
        assertThat(call.getStatus()).isEqualTo(CallStatus.GIBBERISH);
        assertThat(call.getTranscript().getGibberish()).isTrue();
        assertThat(PROVIDERS.server().findAll(postRequestedFor(urlEqualTo(CHAT)))).as("no chat request for gibberish")
                .hasSize(chatsBefore);
        PROVIDERS.server().verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)).withRequestBody(containing(recordingSid)));
        assertThat(call.getTranscript().getTranscriptionPasses()).as("nothing paid for").isZero();
        if (browser.getCurrentUrl().contains("/login") || !browser.getCurrentUrl().startsWith("http://localhost:" + port)) {
            logIn();
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        openRecordedCalls(customers.findByPhone("tlv", CALLER, AccessScope.ALL).orElseThrow(), wait);
        WebElement card = wait.until(b -> b.findElement(By.cssSelector("article.cp-call[data-status='gibberish']")));
        assertThat(card.getText()).contains("לא נמדד דיבור").contains("לא נשלחה לתמלול");
    }
}
