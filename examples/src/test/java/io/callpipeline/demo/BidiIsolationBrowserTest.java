package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.HeadlessChromium;
import io.callpipeline.demo.testing.DemoSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        CallLog call = Calls.awaitFinished(calls, DemoSession.simulate(port, "from=054-555-1234"));
        Calls.awaitFinished(calls, DemoSession.simulate(port, "from=Anonymous&silent=true"));
        long customerId = call.getCustomer().getId();
        DemoSession.logIn(browser, port);

        List<String> violations = new ArrayList<>();
        List<String> pages = List.of("/customers", "/customers/" + customerId, "/calls",
                "/calls?q=%D7%93%D7%99%D7%A8%D7%94", "/selfcheck", "/today");
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
        Calls.awaitFinished(calls, DemoSession.simulate(port, "from=%2B972545559876"));
        DemoSession.logIn(browser, port);
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
