package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.HeadlessChromium;
import io.callpipeline.demo.testing.DemoSession;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The pages an agent lives in, checked by axe-core (npm's, injected into Chromium): no serious or
 * critical violation on the customers list, a customer page with its recorded-calls tab (a completed
 * call and a gibberish one), the calls screen and the self-check.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:a11y-test;DB_CLOSE_DELAY=-1")
class AccessibilityBrowserTest {

    private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");

    private static final String RUN = """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(' | '))));
        """;

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noSeriousOrCriticalViolationOnThePagesAnAgentUses() throws Exception {
        assertThat(AXE).as("axe-core, installed by the build (npm ci in src/test/axe)").exists();
        String axe = Files.readString(AXE);
        CallLog call = Calls.awaitFinished(calls, DemoSession.simulate(port, "from=054-555-1234"));
        Calls.awaitFinished(calls, DemoSession.simulate(port, "from=054-555-1234&silent=true"));
        long customerId = call.getCustomer().getId();
        DemoSession.logIn(browser, port);

        List<String> violations = new ArrayList<>();
        List<String> pages = List.of("/customers", "/customers/" + customerId + "?tab=calls", "/calls",
                "/calls?q=%D7%93%D7%99%D7%A8%D7%94", "/selfcheck");
        for (String path : pages) {
            browser.get(url(path));
            if (path.contains("tab=calls")) {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElements(
                        By.cssSelector("callpipeline-calls .cp-call")).size() == 2);
            }
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            browser.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) browser.executeAsyncScript(RUN);
            found.forEach(v -> violations.add(path + " — " + v));
        }

        assertThat(violations).isEmpty();

        // and the check can fail: an image without a text alternative is a critical violation
        browser.get(url("/login"));
        browser.executeScript("const img = document.createElement('img'); img.src = '/demo.css'; document.body.append(img);");
        browser.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Object> planted = (List<Object>) browser.executeAsyncScript(RUN);
        assertThat(planted).anySatisfy(v -> assertThat(v.toString()).contains("image-alt"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
