package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erasure on request and the access log in Chromium, on the demo's own pages under its real
 * security (form login, CSRF): an agent has no erase button; the admin erases one call and then the
 * customer with the rest, each after a second press; the access log names the agent who opened the
 * calls, by the name they logged in with.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:privacy-browser;DB_CLOSE_DELAY=-1")
class PrivacyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

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
    void theAdminErasesACallAndThenTheCustomerWhileAnAgentCannot() throws Exception {
        CallLog first = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-7777"));
        CallLog second = Calls.awaitFinished(calls, DemoSession.simulate(port, DemoSession.USER, "from=054-555-7777"));
        long customer = first.getCustomer().getId();
        String tab = "http://localhost:" + port + "/customers/" + customer + "?tab=calls";
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);

        DemoSession.logIn(browser, port, DemoSession.USER);
        browser.get(tab);
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 2);
        assertThat(browser.findElements(By.cssSelector("button.cp-erase"))).as("an agent erases nothing").isEmpty();
        browser.get("http://localhost:" + port + "/calls"); // the demo's own calls screen is logged too
        assertThat(browser.findElements(By.cssSelector("a[href='/access-log']"))).as("no log for an agent").isEmpty();
        browser.get("http://localhost:" + port + "/access-log");
        assertThat(browser.findElements(By.cssSelector("table.access-log"))).isEmpty();
        browser.manage().deleteAllCookies();

        DemoSession.logIn(browser, port, DemoSession.ADMIN);
        browser.get(tab);
        WebElement eraseCall = wait.until(b -> b.findElements(By.cssSelector("article.cp-call[data-call-id='"
                + first.getId() + "'] button.cp-erase")).stream().findFirst().orElse(null));
        eraseCall.click();
        assertThat(calls.find(first.getId(), AccessScope.ALL)).as("one press only arms it").isPresent();
        eraseCall.click();
        wait.until(b -> b.findElements(By.cssSelector("article.cp-call")).size() == 1);
        assertThat(browser.findElements(By.cssSelector(".cp-error"))).as("the erasure was accepted (CSRF)").isEmpty();
        assertThat(calls.find(first.getId(), AccessScope.ALL)).isEmpty();

        WebElement eraseCustomer = browser.findElement(By.cssSelector("button[data-erase-customer]"));
        eraseCustomer.click();
        eraseCustomer.click();
        wait.until(b -> !b.findElements(By.cssSelector(".cp-erased")).isEmpty());
        assertThat(calls.find(second.getId(), AccessScope.ALL)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_customer where id = ?", Integer.class,
                customer)).isZero();

        // the log names who opened the calls (the demo's login name) and who erased them
        List<String> actors = jdbc.queryForList("select actor || ':' || action from callpipeline_access_log"
                + " order by id", String.class);
        assertThat(actors).contains("agent:LIST", "admin:ERASE_CALL", "admin:ERASE_CUSTOMER");
        browser.get("http://localhost:" + port + "/customers");
        browser.findElement(By.cssSelector("a[href='/access-log']")).click();
        List<WebElement> rows = wait.until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector("table.access-log tbody tr"));
            return found.isEmpty() ? null : found;
        });
        assertThat(rows).extracting(row -> row.getAttribute("data-action"))
                .contains("ERASE_CUSTOMER", "ERASE_CALL", "LIST", "READ_ACCESS_LOG");
        assertThat(browser.findElement(By.cssSelector("table.access-log")).getText()).contains("agent").contains("admin")
                .doesNotContain("545557777");
        Object log = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('/callpipeline/api/access-log?action=erase_customer', {headers: {Accept: 'application/json'}})"
                + ".then(r => r.text()).then(done, e => done(String(e)));");
        assertThat(String.valueOf(log)).contains("\"actor\":\"admin\"").contains("\"customerId\":" + customer);
    }
}
