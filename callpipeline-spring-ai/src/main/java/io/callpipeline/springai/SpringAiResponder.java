package io.callpipeline.springai;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.response.CallPrompt;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.response.StructuredAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.StructuredOutputChatOptions;

/**
 * The agent's answer from any chat model Spring AI speaks to (Azure OpenAI, Anthropic, Gemini, Ollama, ...),
 * in place of the OpenAI adapter: the same Hebrew instructions, the same user message
 * ({@link CallPrompt}), the same strict schema asked through the provider's native structured output
 * ({@link StructuredOutputChatOptions#getOutputSchema()}), and the same reader ({@link StructuredAnswer}), so
 * a provider cannot answer more loosely than OpenAI. The model's own options (model name, temperature, token
 * limit, deployment) stay the host's; only the output schema is added. Anything short of a complete answer
 * is a permanent failure with its reason: a refusal, an answer cut off by the token limit, a safety filter,
 * JSON that does not fit. A provider's errors are typed by {@link ProviderErrors}.
 */
public final class SpringAiResponder implements Responder {

    private static final Set<String> TRUNCATED = Set.of("length", "max_tokens", "model_length_exceeded");
    private static final Set<String> FILTERED = Set.of("content_filter", "safety", "recitation", "prohibited_content",
            "blocklist", "spii", "image_safety");
    private static final Set<String> REFUSED = Set.of("refusal");

    private final ChatModel model;
    private final String provider;
    private final String systemPrompt;
    private final StructuredAnswer answer;
    private final int historyTokenBudget;
    private final ChatOptions options;

    private SpringAiResponder(Builder b) {
        this.model = b.model;
        this.provider = b.provider != null ? b.provider : providerOf(b.model);
        this.systemPrompt = b.systemPrompt();
        this.answer = StructuredAnswer.of(b.extraction());
        this.historyTokenBudget = b.historyTokenBudget();
        ChatOptions defaults = b.model.getOptions();
        if (!(defaults instanceof StructuredOutputChatOptions structured)) {
            throw new IllegalStateException("The chat model " + b.model.getClass().getName() + " takes no output "
                    + "schema (its options are not StructuredOutputChatOptions): the answer must be structured output");
        }
        this.options = structured.mutate().outputSchema(OutputSchemas.forModel(b.model, answer.schemaJson())).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What this responder asks the model to extract from each call. */
    public ExtractionSchema<?> extraction() {
        return answer.extraction();
    }

    @Override
    public CallResponse respond(ResponseRequest request) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(systemPrompt),
                new UserMessage(CallPrompt.userMessage(request, historyTokenBudget))), options);
        ChatResponse response;
        try {
            response = model.call(prompt);
        } catch (RuntimeException e) {
            throw ProviderErrors.translate(e, provider, "chat");
        }
        Generation generation = response == null ? null : response.getResult();
        if (generation == null) {
            throw StructuredAnswer.malformed("the answer has no generation");
        }
        String finish = generation.getMetadata().getFinishReason();
        String reason = finish == null ? "" : finish.toLowerCase(Locale.ROOT);
        AssistantMessage message = generation.getOutput();
        Object refusal = message.getMetadata().get("refusal");
        if (REFUSED.contains(reason) || (refusal instanceof String text && !text.isBlank())) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_REFUSED,
                    "The model refused to answer (" + provider + ", finish reason " + finish + ")");
        }
        if (TRUNCATED.contains(reason)) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_TRUNCATED,
                    "The answer was cut off at the model's token limit (" + provider + ", finish reason " + finish + ")");
        }
        if (FILTERED.contains(reason)) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_FILTERED,
                    "The provider's safety filter stopped the answer (" + provider + ", finish reason " + finish + ")");
        }
        String modelName = response.getMetadata().getModel();
        return answer.read(message.getText(), modelName == null || modelName.isBlank() ? options.getModel() : modelName);
    }

    /** {@code anthropic} for {@code AnthropicChatModel}: how failures name the provider unless told. */
    static String providerOf(Object model) {
        String name = model.getClass().getSimpleName();
        for (String suffix : List.of("ChatModel", "AudioTranscriptionModel", "TranscriptionModel")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length()).toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** {@link #model} is required; the rest have defaults. */
    public static final class Builder extends io.callpipeline.core.response.PromptSettings<Builder> {
        private ChatModel model;
        private String provider;

        private Builder() {
        }

        /** The host's Spring AI chat model, configured with its model name, limits and credentials. */
        public Builder model(ChatModel model) {
            this.model = model;
            return this;
        }

        /** How failures name the provider; defaults to the model class's name (e.g. {@code anthropic}). */
        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public SpringAiResponder build() {
            if (model == null) {
                throw new IllegalStateException("SpringAiResponder needs a Spring AI ChatModel");
            }
            checkPrompt("SpringAiResponder");
            return new SpringAiResponder(this);
        }
    }
}
