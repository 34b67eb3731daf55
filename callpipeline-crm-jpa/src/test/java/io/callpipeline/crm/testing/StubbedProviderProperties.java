package io.callpipeline.crm.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The starter's required settings, aimed at a local stub (tests never reach Twilio or OpenAI). */
public final class StubbedProviderProperties {

    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";

    private StubbedProviderProperties() {
    }

    public static void register(DynamicPropertyRegistry registry, String baseUrl) {
        registry.add("callpipeline.twilio.account-sid", () -> Calls.ACCOUNT_SID);
        registry.add("callpipeline.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("callpipeline.twilio.base-url", () -> baseUrl);
        registry.add("callpipeline.openai.api-key", () -> "sk-test-key-not-a-secret");
        registry.add("callpipeline.openai.base-url", () -> baseUrl + "/v1");
    }
}
