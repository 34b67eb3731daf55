package io.callpipeline.demo.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches sandbox mode on when no Twilio or OpenAI credential is set: the starter's settings then
 * point at local stand-ins ({@link SandboxProviders}) on a free port, with a sandbox account and a
 * known signing secret. Any credential set turns it off, and a half-configured app fails at start
 * naming the missing property, as a real one must.
 */
public final class SandboxMode implements EnvironmentPostProcessor, Ordered {

    /** The sandbox's Twilio account. */
    public static final String ACCOUNT_SID = "ACdeadbeefdeadbeefdeadbeefdeadbeef";
    /** The sandbox's auth token: the secret simulated callbacks are signed with (documented in docs/demo.md). */
    public static final String AUTH_TOKEN = "sandbox-auth-token";
    /** The sandbox's Twilio number. */
    public static final String PHONE_NUMBER = "+97235550100";

    private static final String[] CREDENTIALS = {
        "callpipeline.twilio.account-sid", "callpipeline.twilio.auth-token", "callpipeline.twilio.api-key-sid",
        "callpipeline.openai.api-key",
    };

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String credential : CREDENTIALS) {
            String value = environment.getProperty(credential);
            if (value != null && !value.isBlank()) {
                return;
            }
        }
        int port = environment.getProperty("demo.sandbox.port", Integer.class, 0);
        String base = "http://127.0.0.1:" + (port > 0 ? port : freePort());
        Map<String, Object> sandbox = new LinkedHashMap<>();
        sandbox.put("demo.sandbox.enabled", "true");
        sandbox.put("demo.sandbox.port", base.substring(base.lastIndexOf(':') + 1));
        sandbox.put("demo.twilio.phone-number", PHONE_NUMBER);
        sandbox.put("callpipeline.twilio.account-sid", ACCOUNT_SID);
        sandbox.put("callpipeline.twilio.auth-token", AUTH_TOKEN);
        sandbox.put("callpipeline.twilio.base-url", base);
        sandbox.put("callpipeline.openai.api-key", "sk-sandbox-not-a-real-key");
        sandbox.put("callpipeline.openai.base-url", base + "/v1");
        environment.getPropertySources().addFirst(new MapPropertySource("callpipelineSandbox", sandbox));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the sandbox's stand-ins", e);
        }
    }
}
