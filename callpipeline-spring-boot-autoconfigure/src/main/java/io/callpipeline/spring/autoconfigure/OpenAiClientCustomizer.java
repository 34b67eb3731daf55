package io.callpipeline.spring.autoconfigure;

import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Adjusts the starter's OpenAI client without replacing it: a proxy, extra headers, an organization,
 * other timeouts. Every such bean is applied, in {@code @Order}, after the {@code callpipeline.openai.*}
 * properties and before the client is built.
 */
@FunctionalInterface
public interface OpenAiClientCustomizer {

    void customize(OpenAIOkHttpClient.Builder builder);
}
