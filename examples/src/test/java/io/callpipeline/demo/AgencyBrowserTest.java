package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.HeadlessChromium;
import io.callpipeline.demo.testing.DemoSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two agencies in Chromium, on the demo's own pages under its real security (form login,
 * CSRF): agency "חיפה"'s agent sees nothing of agency "תל אביב"'s calls on any screen, and the
 * calls tab's buttons, which POST with fetch, work for an agent on their own calls.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:agency-browser;DB_CLOSE_DELAY=-1")
class AgencyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @Autowired
    TranscriptStore store;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void anotherAgencysAgentSeesNoneOfItsCallsOnAnyScreen() throws Exception {
        CallLog tlv = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-1234"));
        CallLog tlvWithheld = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=Anonymous"));
        CallLog haifa = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.OTHER_AGENCY_USER,
                "from=052-999-0000"));
        DemoSession.logIn(browser, port, DemoSession.OTHER_AGENCY_USER);

        List<String> others = List.of(tlv.getRecordingSid(), tlvWithheld.getRecordingSid(),
                "/callpipeline/api/calls/" + tlv.getId() + "/", "/callpipeline/api/calls/" + tlvWithheld.getId() + "/");
        StringBuilder seen = new StringBuilder();
        for (String page : List.of("/customers", "/customers?q=054", "/calls", "/calls?unassigned=true",
                "/calls?q=%D7%93%D7%99%D7%A8%D7%94", "/calls?customerId=" + tlv.getCustomer().getId(),
                "/customers/" + tlv.getCustomer().getId(), "/customers/" + tlv.getCustomer().getId() + "?tab=calls",
                "/selfcheck", "/customers/" + haifa.getCustomer().getId() + "?tab=calls")) {
            browser.get("http://localhost:" + port + page);
            // the tab loads its calls after the page: for a while, nothing of the other agency's may appear
            await().pollInterval(Duration.ofMillis(50)).during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> others.stream().noneMatch(browser.getPageSource()::contains));
            seen.append(browser.getPageSource());
        }
        for (CallLog other : List.of(tlv, tlvWithheld)) {
            assertThat(seen).doesNotContain(other.getRecordingSid())
                    .doesNotContain("/callpipeline/api/calls/" + other.getId() + "/");
        }
        assertThat(seen).doesNotContain("+972545551234").contains(haifa.getRecordingSid());

        browser.get("http://localhost:" + port + "/customers/" + haifa.getCustomer().getId() + "?tab=calls");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElements(By.cssSelector("callpipeline-calls article.cp-call")).size() == 1);
    }

    @Test
    void anAgentAnswersTheirCallAgainAndRetriesAFailedOneFromTheTab() throws Exception {
        CallLog done = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-2468"));
        List<CallRecord> failing = Calls.steps("+972545552468");
        store.save(failing.get(0));
        store.save(failing.get(3).failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED,
                "Gave up after 8 attempts; last: openai_unavailable"), ProcessingStage.FAILED));
        CallLog failed = calls.findByRecordingSid(failing.get(0).recordingSid()).orElseThrow();
        assertThat(failed.getCustomer().getId()).as("the same caller's customer in the agent's agency")
                .isEqualTo(done.getCustomer().getId());
        DemoSession.logIn(browser, port, DemoSession.USER);

        browser.get("http://localhost:" + port + "/customers/" + done.getCustomer().getId() + "?tab=calls");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the tab re-renders a card that changed
        WebElement retry = wait.until(b -> b.findElements(By.cssSelector("article.cp-call[data-status='failed']"
                + " button.cp-retry")).stream().findFirst().orElse(null));
        retry.click();
        wait.until(b -> store.find(failed.getRecordingSid()).map(CallRecord::stage)
                .filter(stage -> stage == ProcessingStage.COMPLETED).isPresent());
        assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("the retry was accepted").isEmpty();

        browser.navigate().refresh();
        WebElement again = wait.until(b -> b.findElements(By.cssSelector("article.cp-call button.cp-reanswer")).stream()
                .findFirst().orElse(null));
        again.click();
        String earlier = wait.until(b -> {
            List<WebElement> errors = b.findElements(By.cssSelector(".cp-error"));
            assertThat(errors).as("the re-answer was accepted").isEmpty();
            WebElement details = b.findElements(By.cssSelector("details.cp-earlier")).stream().findFirst().orElse(null);
            if (details == null) {
                return null;
            }
            ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].open = true;", details);
            return details.getText().contains("תשובות קודמות (1)") ? details.getText() : null;
        });
        assertThat(earlier).contains("תשובות קודמות (1)");
        assertThat(calls.find(done.getId(), AccessScope.ALL).orElseThrow().getTranscript()).isNotNull();
    }

    /** Two clicks and no typing: the agent confirms what the model heard and the customer card shows it. */
    @Test
    void anAgentConfirmsTheFieldsTheModelHeardAndTheCustomerCardShowsThem() throws Exception {
        CallLog done = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-3579"));
        long customerId = done.getCustomer().getId();
        DemoSession.logIn(browser, port, DemoSession.USER);

        browser.get("http://localhost:" + port + "/customers/" + customerId + "?tab=details");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("עדיין לא אושר פרט משיחה");
        browser.get("http://localhost:" + port + "/customers/" + customerId + "?tab=calls");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the decided card is re-rendered
        List<WebElement> proposals = wait.until(b -> {
            List<WebElement> said = b.findElements(By.cssSelector(".cp-field button[data-decision='accept']"));
            return said.isEmpty() ? null : said;
        });
        String field = proposals.get(0).getAttribute("data-field");
        proposals.get(0).click();
        wait.until(b -> "accepted".equals(b.findElement(By.cssSelector(".cp-field[data-field-name='" + field + "']"))
                .getAttribute("data-decision")));
        assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("the decision passed login and CSRF").isEmpty();

        browser.get("http://localhost:" + port + "/customers/" + customerId + "?tab=details");
        WebElement confirmed = browser.findElement(By.cssSelector("dl.confirmed-fields"));
        String value = calls.find(done.getId(), AccessScope.ALL).orElseThrow().getTranscript().getExtractedFields()
                .stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().value();
        assertThat(confirmed.findElement(By.cssSelector("dt[data-field='" + field + "']")).getText()).isNotBlank();
        assertThat(confirmed.getText()).contains(value).contains(DemoSession.USER);
    }

    /**
     * From a call to the next step: the answer's steps are tasks on the tab and on "היום" (the one due today
     * first, the warmth shown); one click marks one done on each screen, through login and CSRF; the other
     * agency's agent sees none of them.
     */
    @Test
    void theCallsTasksAreOnTheTabAndOnTodaysListAndOneClickMarksEachDone() throws Exception {
        CallLog done = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-8642"));
        List<io.callpipeline.crm.call.CallTask> tasks = calls.find(done.getId(), AccessScope.ALL).orElseThrow().getTasks();
        assertThat(tasks).extracting(io.callpipeline.crm.call.CallTask::getTask)
                .containsExactly("לחזור למתקשר עם דירות מתאימות ברמת גן", "לתאם ביקור בדירה");
        DemoSession.logIn(browser, port, DemoSession.USER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        browser.get("http://localhost:" + port + "/today");
        WebElement today = browser.findElement(By.cssSelector("tr.task[data-task-id='" + tasks.get(0).getId() + "']"));
        assertThat(today.getText()).contains("לחזור למתקשר").contains("70/100").contains("עוד היום");
        assertThat(browser.findElements(By.cssSelector("tr.task[data-task-id='" + tasks.get(1).getId() + "']")))
                .as("Sunday's task is not today's").isEmpty();
        today.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(b -> b.findElements(By.cssSelector("tr.task[data-task-id='" + tasks.get(0).getId() + "']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("בוצעה");

        browser.get("http://localhost:" + port + "/customers/" + done.getCustomer().getId() + "?tab=calls");
        WebElement first = wait.until(b -> b.findElements(By.cssSelector(".cp-task[data-task-id='" + tasks.get(0).getId()
                + "']")).stream().findFirst().orElse(null));
        assertThat(first.getAttribute("data-status")).isEqualTo("done");
        assertThat(browser.findElement(By.cssSelector(".cp-lead")).getText()).contains("70/100");
        WebElement second = browser.findElement(By.cssSelector(".cp-task[data-task-id='" + tasks.get(1).getId() + "']"));
        assertThat(second.getText()).contains("ביום ראשון").contains("יום ראשון,");
        second.findElement(By.cssSelector("button[data-task]")).click();
        wait.until(b -> "done".equals(b.findElement(By.cssSelector(".cp-task[data-task-id='" + tasks.get(1).getId()
                + "']")).getAttribute("data-status")));
        assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("the mark passed login and CSRF").isEmpty();
        assertThat(calls.find(done.getId(), AccessScope.ALL).orElseThrow().getTasks())
                .allSatisfy(task -> assertThat(task.getDoneBy()).isEqualTo(DemoSession.USER));

        browser.get("http://localhost:" + port + "/customers/" + done.getCustomer().getId() + "?tab=details");
        String story = browser.findElement(By.cssSelector(".story")).getText();
        assertThat(story).contains("1 שיחות").contains("70/100").contains(done.getTranscript().getSummary())
                .as("both tasks are done").doesNotContain("משימות פתוחות");

        ChromeDriver other = HeadlessChromium.start();
        try {
            DemoSession.logIn(other, port, DemoSession.OTHER_AGENCY_USER);
            other.get("http://localhost:" + port + "/today");
            assertThat(other.getPageSource()).doesNotContain("לתאם ביקור בדירה").doesNotContain("054-555-8642");
        } finally {
            other.quit();
        }
    }

    /**
     * Two clicks and no typing: the agent sends the suggested reply by SMS from the tab (through login and
     * CSRF), a second press sends nothing more, and the status moves to "נמסרה" as Twilio's signed callbacks
     * arrive; WhatsApp, with no message from the customer in 24 hours, is refused with the reason in Hebrew.
     */
    @Test
    void theAgentSendsTheSuggestedReplyAndWatchesItsStatusChange() throws Exception {
        CallLog done = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-9753"));
        DemoSession.logIn(browser, port, DemoSession.USER);
        browser.get("http://localhost:" + port + "/customers/" + done.getCustomer().getId() + "?tab=calls");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        WebElement form = wait.until(b -> b.findElements(By.cssSelector("form.cp-reply")).stream().findFirst()
                .orElse(null));
        assertThat(form.findElement(By.cssSelector("textarea")).getAttribute("value"))
                .isEqualTo(done.getTranscript().getSuggestedReply());
        WebElement send = form.findElement(By.cssSelector("button.cp-reply-send"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click(); arguments[0].click();",
                send); // a double click
        wait.until(b -> b.findElements(By.cssSelector(".cp-sent[data-status='delivered']")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".cp-sent .cp-sent-status")).getText()).isEqualTo("נמסרה");
        assertThat(browser.findElements(By.cssSelector(".cp-sent"))).as("one message for a double click").hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("the send passed login and CSRF").isEmpty();

        WebElement again = wait.until(b -> b.findElements(By.cssSelector("form.cp-reply")).stream().findFirst()
                .orElse(null));
        new org.openqa.selenium.support.ui.Select(again.findElement(By.cssSelector("select.cp-reply-channel")))
                .selectByValue("whatsapp");
        again.findElement(By.cssSelector("button.cp-reply-send")).click();
        WebElement refused = wait.until(b -> b.findElements(By.cssSelector(".cp-sent[data-status='refused']")).stream()
                .findFirst().orElse(null));
        assertThat(refused.getText()).contains("WhatsApp").contains("24 השעות");
    }
}
