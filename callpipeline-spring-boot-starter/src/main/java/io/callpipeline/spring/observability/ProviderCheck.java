package io.callpipeline.spring.observability;

import io.callpipeline.spring.autoconfigure.CallPipelineProperties;

/**
 * Whether the settings a provider needs are present, checked without calling the provider (a health
 * probe must not spend API quota or hang on a network). A provider whose default bean the host
 * replaced is not judged: its settings are the host's business.
 *
 * @param provider {@code twilio} or {@code openai}
 * @param ready    whether the settings are complete
 * @param detail   what is set, or which property is missing; never a secret
 */
public record ProviderCheck(String provider, boolean ready, String detail) {

    static final String REPLACED = "replaced by an application bean";

    /** Twilio needs the account SID and the auth token (or an API key with its secret). */
    public static ProviderCheck twilio(CallPipelineProperties.Twilio twilio, boolean replaced) {
        if (replaced) {
            return new ProviderCheck("twilio", true, REPLACED);
        }
        if (blank(twilio.accountSid())) {
            return missing("twilio", "callpipeline.twilio.account-sid");
        }
        if (!blank(twilio.apiKeySid())) {
            return blank(twilio.apiKeySecret()) ? missing("twilio", "callpipeline.twilio.api-key-secret")
                    : new ProviderCheck("twilio", true, "API key for " + twilio.baseUrl());
        }
        return blank(twilio.authToken()) ? missing("twilio", "callpipeline.twilio.auth-token")
                : new ProviderCheck("twilio", true, "auth token for " + twilio.baseUrl());
    }

    /** OpenAI needs an API key. */
    public static ProviderCheck openAi(CallPipelineProperties.OpenAi openai, boolean replaced) {
        if (replaced) {
            return new ProviderCheck("openai", true, REPLACED);
        }
        return blank(openai.apiKey()) ? missing("openai", "callpipeline.openai.api-key")
                : new ProviderCheck("openai", true, openai.transcriptionModel() + " and " + openai.chatModel()
                        + " at " + openai.baseUrl());
    }

    private static ProviderCheck missing(String provider, String property) {
        return new ProviderCheck(provider, false, property + " is not set");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
