package io.callpipeline.openai;

import com.openai.client.OpenAIClient;

/** What both OpenAI adapters' builders require before they build: a client and a model. */
final class BuilderChecks {

    private BuilderChecks() {
    }

    /** @throws IllegalStateException naming the adapter and what it lacks */
    static void requireClientAndModel(String adapter, OpenAIClient client, String model) {
        if (client == null) {
            throw new IllegalStateException(adapter + " needs client(OpenAIClient)");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalStateException(adapter + " needs a model name");
        }
    }
}
