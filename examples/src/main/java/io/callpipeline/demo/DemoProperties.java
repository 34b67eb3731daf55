package io.callpipeline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's own settings.
 *
 * @param user     the login's user name
 * @param password the login's password
 * @param twilio   the phone number the self-check looks at
 * @param sandbox  sandbox mode, switched on when no credentials are set
 */
@ConfigurationProperties("demo")
public record DemoProperties(
        @DefaultValue("agent") String user,
        @DefaultValue("calls-demo") String password,
        @DefaultValue Twilio twilio,
        @DefaultValue Sandbox sandbox) {

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
