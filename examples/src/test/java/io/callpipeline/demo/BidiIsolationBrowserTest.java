package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every number, SID, URL and English word inside the Hebrew pages is isolated: measured in Chromium
 * on each page an agent uses (customers, a customer and its recorded-calls tab, the calls screen,
 * the self-check), by walking every text node. A text node that holds both Hebrew and left-to-right
 * characters, or left-to-right characters whose nearest directional ancestor is the right-to-left
 * page, is a place where "+972541234567" can come out as "972541234567+".
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:bidi-test;DB_CLOSE_DELAY=-1")
class BidiIsolationBrowserTest {

    /** Collects the text nodes that are not isolated, with the page's text around them. */
    private static final String MEASURE = """
        const RTL = /[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF]/u;
        const LTR = /[\\p{Script=Latin}\\p{Nd}]/u;
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode());) {
          const text = node.nodeValue;
          const parent = node.parentElement;
          if (!LTR.test(text) || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
          if (RTL.test(text)) { out.push('mixed: ' + text.trim()); continue; }
          const isolating = parent.closest('bdi, [dir]');
          if (!isolating || (isolating.tagName !== 'BDI' && isolating.getAttribute('dir') === 'rtl')) {
            out.push('bare: ' + text.trim());
          }
        }
        return out;
        """;

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageIsolatesItsLeftToRightText() throws Exception {
        CallLog call = Calls.awaitFinished(calls, simulate("from=054-555-1234"));
        Calls.awaitFinished(calls, simulate("from=Anonymous&silent=true"));
        long customerId = call.getCustomer().getId();
        logIn();

        List<String> violations = new ArrayList<>();
        List<String> pages = List.of("/customers", "/customers/" + customerId, "/calls",
                "/calls?q=%D7%93%D7%99%D7%A8%D7%94", "/selfcheck");
        for (String path : pages) {
            browser.get(url(path));
            violations.addAll(measure(path));
        }
        browser.get(url("/customers/" + customerId + "?tab=calls"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(
                By.cssSelector("callpipeline-calls .cp-call[data-status='completed']")).isEmpty());
        violations.addAll(measure("the tab"));

        assertThat(violations).as("left-to-right text not isolated").isEmpty();
    }

    @Test
    void theCallsScreenShowsTheCallerAndTheNumberInItsOrder() throws Exception {
        Calls.awaitFinished(calls, simulate("from=%2B972545559876"));
        logIn();
        browser.get(url("/calls"));

        String caller = browser.findElement(By.cssSelector("table.list tbody tr td:nth-child(3)")).getText();
        assertThat(caller).as("the caller column").isEqualTo("+972545559876");
        String customer = browser.findElement(By.cssSelector("table.list tbody tr td:nth-child(2) a")).getText();
        assertThat(customer).as("a customer without a name shows the number, plus first").startsWith("+972");
    }

    @SuppressWarnings("unchecked")
    private static List<String> measure(String page) {
        return ((List<Object>) browser.executeScript(MEASURE)).stream().map(v -> page + " — " + v).toList();
    }

    private void logIn() {
        browser.get(url("/login"));
        if (!browser.findElements(By.name("username")).isEmpty()) {
            browser.findElement(By.name("username")).sendKeys("agent");
            browser.findElement(By.name("password")).sendKeys("calls-demo");
            browser.findElement(By.cssSelector("form button[type='submit']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String simulate(String form) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("agent:calls-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/sandbox/calls")))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"recordingSid\":\"(RE[0-9a-f]{32})\"").matcher(answer.body());
        assertThat(m.find()).as(answer.body()).isTrue();
        return m.group(1);
    }
}
