package io.callpipeline.demo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo as its tests use it: its users' logins, and a simulated call in sandbox mode. */
public final class DemoSession {

    /** Agency "tlv"'s agent. */
    public static final String USER = "agent";
    /** Agency "haifa"'s agent. */
    public static final String OTHER_AGENCY_USER = "agent2";
    /** Sees both agencies. */
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "calls-demo";

    private DemoSession() {
    }

    /** Logs the browser in through the login form (nothing to do when it already is). */
    public static void logIn(WebDriver browser, int port) {
        logIn(browser, port, USER);
    }

    /** Logs the browser in as this user (nothing to do when someone already is). */
    public static void logIn(WebDriver browser, int port, String user) {
        browser.get("http://localhost:" + port + "/login");
        if (browser.findElements(By.name("username")).isEmpty()) {
            return;
        }
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    /** Simulates an incoming call (the sandbox's form fields, e.g. {@code from=054-555-1234&silent=true}). */
    public static String simulate(int port, String form) throws Exception {
        return simulate(port, USER, form);
    }

    /** Simulates an incoming call to the number of this user's agency (an admin adds {@code agency=…}). */
    public static String simulate(int port, String user, String form) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/sandbox/calls")).header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return recordingSidOf(answer.body());
    }

    /** The recording SID in the simulator's JSON answer. */
    public static String recordingSidOf(String json) {
        Matcher m = Pattern.compile("\"recordingSid\":\"(RE[0-9a-f]{32})\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
