package io.callpipeline.demo.selfcheck;

import io.callpipeline.demo.DemoProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When the app is up: where to open it, how to log in, whether it is in sandbox mode, and the
 * technical checks table, in the log. The password is printed only while it is the documented
 * demo default; one that was changed is a secret.
 */
@Component
public class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final SelfCheck selfCheck;
    private final DemoProperties demo;
    private final Environment environment;

    public StartupReport(SelfCheck selfCheck, DemoProperties demo, Environment environment) {
        this.selfCheck = selfCheck;
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        String url = "http://localhost:" + port;
        String password = DemoProperties.DEFAULT_PASSWORD.equals(demo.password()) ? demo.password()
                : "(as set in demo.password)";
        log.info("\n\n  callpipeline demo CRM: {}\n  log in as {} with password {}\n  mode: {}\n",
                url, demo.users(), password, demo.sandbox().enabled()
                        ? "SANDBOX (Twilio and OpenAI are local stand-ins; no credentials needed)"
                        : "REAL (Twilio and OpenAI with the configured credentials)");
        // the checks call Twilio and OpenAI: off the main thread, so a slow provider delays nothing
        Thread report = new Thread(() -> logChecks(url), "callpipeline-self-check");
        report.setDaemon(true);
        report.start();
    }

    private void logChecks(String url) {
        List<Check> checks = selfCheck.run(url);
        StringBuilder table = new StringBuilder("Technical checks (also at " + url + "/selfcheck):");
        for (Check check : checks) {
            table.append("\n  [").append(check.status()).append("] ").append(check.name()).append(" — ")
                    .append(check.reason());
        }
        log.info(table.toString());
    }
}
