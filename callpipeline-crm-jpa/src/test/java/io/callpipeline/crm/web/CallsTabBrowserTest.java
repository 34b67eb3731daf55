package io.callpipeline.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.core.testing.Mp3Frames;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.AudioAnswers;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.crm.testing.HeadlessChromium;
import io.callpipeline.crm.testing.TwilioMedia;
import io.callpipeline.spring.testing.StubbedProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * The "שיחות מוקלטות" tab in headless Chromium, embedded in a host page by its one tag: a stored
 * call's date, transcript, response and player (whose audio loads and seeks when a segment is
 * clicked), a gibberish call said so in Hebrew, and a call in processing that updates without a reload.
 */
@SpringBootTest(classes = {CrmTestApplication.class, AudioAnswers.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallsTabBrowserTest {

    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final byte[] AUDIO = Mp3Frames.bytes(110);
    private static ChromeDriver browser;

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        TWILIO.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CustomerDirectory customers;

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    @Test
    void storedCallShowsWithAPlayerThatSeeksAndProcessingCallsUpdateLive() throws Exception {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        List<CallRecord> done = Calls.steps("+972545551234");
        done.forEach(store::save);
        TwilioMedia.serve(TWILIO, done.get(0).recordingSid(), AUDIO);
        List<CallRecord> silence = Calls.steps("+972545551234");
        store.save(silence.get(0));
        store.save(silence.get(2).checked(GibberishVerdict.gibberish("hallucination_phrase",
                "התמלול הוא רק ביטוי שהמתמלל ממציא בשקט")));
        List<CallRecord> live = Calls.steps("+972545551234");
        store.save(live.get(0));
        store.save(live.get(1));

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + dana.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 3);
        js("window.notReloaded = true;");

        WebElement completed = browser.findElement(By.cssSelector("article.cp-call[data-status='completed']"));
        assertThat(completed.getText())
                .contains("תאריך").contains("26.11.2026 14:02")
                .contains("משך").contains("0:07")
                .contains("סטטוס").contains("הושלמה")
                .contains("תמלול").contains("הרצל 12 ברמת גן")
                .contains("תשובה").contains("הלקוח מתעניין בדירה ברמת גן")
                .contains("שלום! אשמח לחזור אליך ב-WhatsApp")
                .contains("האזנה");
        // the extracted fields under their labels, in the schema's order, as proposals; those not said are left out
        assertThat(completed.findElements(By.cssSelector(".cp-field")).stream()
                .map(f -> f.findElement(By.tagName("strong")).getText() + " " + f.findElement(
                        By.cssSelector(".cp-field-value")).getText() + " · " + f.findElement(
                        By.cssSelector(".cp-field-state")).getText()))
                .containsExactly("תקציב: 2.5 מיליון ₪ · הצעה", "אזור: רמת גן · הצעה", "סוג נכס: דירה · הצעה");
        assertThat(js("return getComputedStyle(arguments[0]).direction;", completed)).isEqualTo("rtl");
        assertThat(completed.findElement(By.cssSelector(".cp-meta bdi.cp-number")).getText()).isEqualTo("+972545551234");

        WebElement audio = completed.findElement(By.tagName("audio"));
        assertThat(audio.getAttribute("src")).endsWith("/callpipeline/api/calls/" + completed.getAttribute("data-call-id")
                + "/audio").doesNotContain(TWILIO.baseUrl());
        wait.until(b -> ((Number) js("return arguments[0].duration || 0;", audio)).doubleValue() > 0);
        double duration = ((Number) js("return arguments[0].duration;", audio)).doubleValue();
        assertThat(duration).isCloseTo(110 * Mp3Frames.FRAME_SECONDS, org.assertj.core.data.Offset.offset(0.5));

        List<WebElement> segments = completed.findElements(By.cssSelector("button.cp-segment"));
        assertThat(segments).hasSize(2);
        segments.get(1).click();
        wait.until(b -> ((Number) js("return arguments[0].currentTime;", audio)).doubleValue() >= 3.5);
        assertThat(AudioAnswers.playerGotAPartialAnswer()).as("the player's requests and our answers: %s",
                AudioAnswers.SEEN).isTrue();

        WebElement gibberish = browser.findElement(By.cssSelector("article.cp-call[data-status='gibberish']"));
        assertThat(gibberish.getText()).contains("לא זוהה דיבור").contains("התמלול זוהה כג׳יבריש")
                .contains("התמלול הוא רק ביטוי שהמתמלל ממציא בשקט").doesNotContain("הצעת תשובה");

        WebElement processing = browser.findElement(By.cssSelector("article.cp-call[data-status='processing']"));
        assertThat(processing.getText()).contains("בעיבוד").contains("מתמללת את השיחה");
        Path screenshot = Path.of("target", "screenshots", "calls-tab.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);

        live.subList(2, 5).forEach(store::save);
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call[data-status='completed']")).size() == 2);
        assertThat(js("return window.notReloaded === true;")).isEqualTo(true);
    }

    @Test
    void anInventedSegmentIsMarkedInWordsAndReadableAndThePlayerIsNamed() throws Exception {
        Customer noa = customers.create(Calls.AGENCY, "נועה לוי", "054-5558888", AccessScope.ALL);
        List<CallRecord> steps = Calls.steps("+972545558888");
        CallRecord transcribed = steps.get(2);
        store.save(steps.get(0));
        store.save(steps.get(1));
        store.save(transcribed);
        store.save(transcribed.checked(GibberishVerdict.ok(List.of(1))));

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + noa.getId());
        WebElement invented = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElements(By.cssSelector(".cp-segment.cp-invented")).stream().findFirst().orElse(null));

        assertThat(invented.getText()).as("said in words, not only by strike-through and grey").contains("כנראה הומצא");
        Number contrast = (Number) js(
                "const lin = v => { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };"
                + "const [r, g, b] = getComputedStyle(arguments[0]).color.match(/\\d+/g).slice(0, 3).map(Number).map(lin);"
                + "return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);", invented);
        assertThat(contrast.doubleValue()).as("contrast against the white card").isGreaterThanOrEqualTo(4.5);
        assertThat(browser.findElement(By.cssSelector("callpipeline-calls audio")).getAttribute("aria-label"))
                .startsWith("הקלטת השיחה מ-");
    }

    @Test
    void aDialogueShowsWhoSaidEachSegmentAndTheAgentsWordsAsHebrew() throws Exception {
        Customer igor = customers.create(Calls.AGENCY, "איגור פטרוב", "054-5553131", AccessScope.ALL);
        List<CallRecord> steps = Calls.steps("+972545553131");
        store.save(steps.get(0));
        store.save(steps.get(1));
        store.save(steps.get(2).transcribed(new io.callpipeline.core.transcription.Transcript("ru",
                "Здравствуйте, я ищу квартиру. בטח, מתי נוח לך?", List.of(
                        io.callpipeline.core.transcription.TranscriptSegment.of(0.5, 3.0, "Здравствуйте, я ищу квартиру.")
                                .spokenBy(io.callpipeline.core.transcription.Speaker.CALLER),
                        io.callpipeline.core.transcription.TranscriptSegment.of(3.2, 5.0, "בטח, מתי נוח לך?")
                                .spokenBy(io.callpipeline.core.transcription.Speaker.AGENT)), "whisper-1", 5.0)));

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + igor.getId());
        List<WebElement> said = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElements(By.cssSelector(".cp-transcript .cp-segment")).size() == 2
                        ? b.findElements(By.cssSelector(".cp-transcript .cp-segment")) : null);

        assertThat(said.get(0).getText()).contains("מתקשר:").contains("Здравствуйте");
        assertThat(said.get(1).getText()).contains("סוכן:").contains("מתי נוח לך");
        assertThat((String) js("return arguments[0].closest('[lang]').lang;",
                said.get(1).findElement(By.xpath("./span[last()]")))).as("the agent's words, in the caller's section")
                .isEqualTo("he");
        assertThat(browser.findElement(By.cssSelector(".cp-transcript h3")).getText()).contains("מתקשר וסוכן");
    }

    @Test
    void theAgentAcceptsEditsAndRejectsTheExtractedFieldsAndOnlyThenTheCustomerChanges() throws Exception {
        Customer noa = customers.create(Calls.AGENCY, "נועה ברק", "054-5552020", AccessScope.ALL);
        Calls.steps("+972545552020").forEach(store::save);
        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + noa.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the decided card is re-rendered
        java.util.function.Function<String, WebElement> field = name -> wait.until(b -> b.findElement(
                By.cssSelector(".cp-field[data-field-name='" + name + "']")));

        field.apply("budget").findElement(By.cssSelector("button[data-decision='accept']")).click();
        wait.until(b -> field.apply("budget").getAttribute("data-decision").equals("accepted"));
        field.apply("area").findElement(By.cssSelector("button[data-decision='edit']")).click();
        WebElement input = wait.until(b -> field.apply("area").findElement(By.cssSelector("input.cp-field-input")));
        assertThat(input.getAttribute("value")).as("the box starts with the proposal").isEqualTo("רמת גן");
        input.clear();
        input.sendKeys("גבעתיים", Keys.ENTER);
        wait.until(b -> field.apply("area").getAttribute("data-decision").equals("edited"));
        field.apply("property_type").findElement(By.cssSelector("button[data-decision='reject']")).click();
        wait.until(b -> field.apply("property_type").getAttribute("data-decision").equals("rejected"));

        assertThat(field.apply("budget").getText()).contains("2.5 מיליון ₪").contains("אושר");
        assertThat(field.apply("area").findElement(By.cssSelector(".cp-field-value")).getText()).isEqualTo("גבעתיים");
        assertThat(field.apply("area").getText()).contains("תוקן");
        assertThat(field.apply("property_type").getText()).contains("נדחה");
        assertThat(customers.find(noa.getId(), AccessScope.ALL).orElseThrow().getConfirmedFields())
                .extracting(io.callpipeline.crm.customer.ConfirmedField::value).containsExactly("2.5 מיליון ₪", "גבעתיים");

        browser.navigate().refresh(); // the decisions are the server's, not the page's
        wait.until(b -> field.apply("area").getAttribute("data-decision").equals("edited"));
    }

    @Test
    void aCompletedCallIsAnsweredAgainFromItsButtonAndTheEarlierAnswerStaysVisible() throws Exception {
        Customer avi = customers.create(Calls.AGENCY, "אבי לוי", "054-5556666", AccessScope.ALL);
        Calls.steps("+972545556666").forEach(store::save);
        // answered only in this test: the failed-call test counts on the stub having no chat model
        var chat = TWILIO.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v1/chat/completions")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(StubbedProviders.chatCompletion())));
        try {
            reanswerFromTheTab(avi);
        } finally {
            TWILIO.removeStub(chat);
        }
    }

    private void reanswerFromTheTab(Customer avi) {
        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + avi.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the answered card is re-rendered
        WebElement again = wait.until(b -> b.findElements(By.cssSelector("button.cp-reanswer")).stream().findFirst()
                .orElse(null));
        js("arguments[0].focus();", again);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        wait.until(b -> b.findElement(By.cssSelector(".cp-response")).getText().contains("המתקשר מחפש דירה ברמת גן"));
        String earlier = wait.until(b -> {
            WebElement details = b.findElement(By.cssSelector("details.cp-earlier"));
            js("arguments[0].open = true;", details);
            return details.getText();
        });
        assertThat(earlier).contains("תשובות קודמות (1)").contains("הלקוח מתעניין בדירה ברמת גן");
    }

    @Test
    void theTabSearchesTheCustomersCallsByWhatWasSaidAndMarksWhere() throws Exception {
        Customer rina = customers.create(Calls.AGENCY, "רינה לוי", "054-5554444", AccessScope.ALL);
        List<CallRecord> herzl = Calls.steps("+972545554444"); // "...הרצל 12 ברמת גן. יש לי תקציב... WhatsApp?"
        herzl.forEach(store::save);
        List<CallRecord> other = Calls.steps("+972545554444");
        other.subList(0, 2).forEach(store::save);
        store.save(other.get(2).transcribed(new io.callpipeline.core.transcription.Transcript("he",
                "אני מחפש פנטהאוז בחיפה", List.of(new io.callpipeline.core.transcription.TranscriptSegment(
                        0.0, 2.0, "אני מחפש פנטהאוז בחיפה", -0.2, 0.01, 1.1)), "whisper-1", 2.0)));

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + rina.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 2);
        WebElement query = browser.findElement(By.cssSelector("input.cp-query"));
        query.sendKeys("תקציב", Keys.ENTER);

        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 1);
        WebElement matched = wait.until(b -> b.findElement(By.cssSelector("article.cp-call .cp-segment.cp-match")));
        assertThat(matched.getText()).contains("תקציב");
        assertThat(browser.findElement(By.cssSelector("article.cp-call")).getAttribute("data-call-id"))
                .isNotBlank();

        query = browser.findElement(By.cssSelector("input.cp-query"));
        query.clear();
        query.sendKeys("וילה בקיסריה", Keys.ENTER);
        wait.until(b -> b.findElement(By.cssSelector(".cp-empty")).getText().contains("לא נמצאו שיחות"));
    }

    @Test
    void manyCallsArePagedAndThePagerWorksFromTheKeyboard() throws Exception {
        Customer busy = customers.create(Calls.AGENCY, "לקוח עסוק", "054-5557777", AccessScope.ALL);
        for (int i = 0; i < 23; i++) {
            Calls.steps("+972545557777").forEach(store::save);
        }

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + busy.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 20);
        WebElement pager = browser.findElement(By.cssSelector("nav.cp-pager"));
        assertThat(pager.getText()).contains("עמוד 1 מתוך 2");
        List<WebElement> buttons = pager.findElements(By.cssSelector("button.cp-page"));
        assertThat(buttons.get(0).isEnabled()).as("no newer page").isFalse();

        js("arguments[0].focus();", buttons.get(1));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 3);
        assertThat(browser.findElement(By.cssSelector("nav.cp-pager")).getText()).contains("עמוד 2 מתוך 2");
    }

    @Test
    void aFailedCallSaysWhyInHebrewAndRunsAgainFromItsButton() throws Exception {
        Customer yossi = customers.create(Calls.AGENCY, "יוסי", "052-3456789", AccessScope.ALL);
        List<CallRecord> steps = Calls.steps("+972523456789");
        store.save(steps.get(0));
        store.save(steps.get(3).failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED,
                "Gave up after 8 attempts; last: openai_unavailable"), ProcessingStage.FAILED));

        browser.get("http://localhost:" + port + "/customer-page.html?customer=" + yossi.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the tab re-renders a card that changed
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call[data-status='failed']")).size() == 1);
        WebElement failed = browser.findElement(By.cssSelector("article.cp-call[data-status='failed']"));
        assertThat(failed.getText()).contains("העיבוד נכשל").contains(ReasonCode.RETRIES_EXHAUSTED.label())
                .contains("retries_exhausted");

        failed.findElement(By.cssSelector("button.cp-retry")).click();

        // the stub has no chat model, so the re-run ends again, now with OpenAI's refusal: it did run
        wait.until(b -> store.find(steps.get(0).recordingSid()).map(CallRecord::failure)
                .filter(f -> !"retries_exhausted".equals(f.reasonCode())).isPresent());
        wait.until(b -> b.findElement(By.cssSelector("article.cp-call")).getText()
                .contains(ReasonCode.OPENAI_REJECTED.label()));
        assertThat(store.find(steps.get(0).recordingSid()).orElseThrow().attempts()).isEqualTo(2);
    }
}
