package io.callpipeline.demo;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's own settings.
 *
 * @param password the password of every demo user; the documented default is refused in real mode,
 *                 where the app must be reachable from the internet for Twilio
 * @param users    the logins: user name → the agency id whose calls the user sees, or {@value #ADMIN}
 *                 for every agency's (unrouted calls included)
 * @param twilio   the phone number the self-check looks at
 * @param sandbox  sandbox mode, switched on when no credentials are set
 */
@ConfigurationProperties("demo")
public record DemoProperties(
        @DefaultValue(DemoProperties.DEFAULT_PASSWORD) String password,
        @DefaultValue Map<String, String> users,
        @DefaultValue Twilio twilio,
        @DefaultValue Sandbox sandbox) {

    /** The password the README documents: fine on one's own machine, refused in real mode. */
    public static final String DEFAULT_PASSWORD = "calls-demo";

    /** A user's agency that stands for all of them. */
    public static final String ADMIN = "admin";

    /** @param phoneNumber the Twilio number (E.164) whose voice URL should point at this app */
    public record Twilio(String phoneNumber) {
    }

    /**
     * @param enabled whether Twilio and OpenAI are local stand-ins
     * @param port    where the stand-ins listen
     */
    public record Sandbox(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port) {
    }
}
