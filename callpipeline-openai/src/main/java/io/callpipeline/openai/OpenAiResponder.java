package io.callpipeline.openai;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.response.CallPrompt;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.response.StructuredAnswer;

/**
 * Asks an OpenAI-compatible chat model for the agent's Hebrew summary and suggested reply, and the
 * fields of the host's {@link ExtractionSchema} (a real-estate lead's by default), as strict structured
 * output in one request. Anything short of a complete answer in the schema (a refusal, a reply cut off
 * by the token limit, a content filter, JSON that does not fit) is a permanent failure with its own
 * reason code; a half-filled response is never returned.
 */
public final class OpenAiResponder implements Responder {

    /** The shipped Hebrew instructions for a real-estate agent's assistant ({@link CallPrompt#DEFAULT_SYSTEM_PROMPT}). */
    public static final String DEFAULT_SYSTEM_PROMPT = CallPrompt.DEFAULT_SYSTEM_PROMPT;

    /** The caller's history the prompt carries at most, in estimated tokens. */
    public static final int DEFAULT_HISTORY_TOKEN_BUDGET = CallPrompt.DEFAULT_HISTORY_TOKEN_BUDGET;

    /** The chat model used when none is set; it must support structured outputs. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    private final OpenAIClient client;
    private final long maxTokens;
    private final StructuredAnswer answer;
    private final int historyTokenBudget;
    /** Everything but the call: the model, the instructions and the strict schema ({@link StructuredAnswer}). */
    private final ChatCompletionCreateParams common;

    private OpenAiResponder(Builder b) {
        this.client = b.client;
        this.maxTokens = b.maxTokens;
        this.answer = StructuredAnswer.of(b.extraction());
        this.historyTokenBudget = b.historyTokenBudget();
        this.common = ChatCompletionCreateParams.builder()
                .model(b.model)
                .temperature(b.temperature)
                .maxCompletionTokens(b.maxTokens)
                .addSystemMessage(b.systemPrompt())
                .responseFormat(AnswerSchema.format(answer)) // the answer is read (and judged) by StructuredAnswer
                .build();
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
        ChatCompletionCreateParams params = common.toBuilder().addUserMessage(CallPrompt.userMessage(request, historyTokenBudget)).build();
        ChatCompletion completion;
        try {
            completion = client.chat().completions().create(params);
        } catch (OpenAIException e) {
            throw OpenAiErrors.translate(e, "chat");
        }
        return parse(completion);
    }

    private CallResponse parse(ChatCompletion completion) {
        if (completion.choices().isEmpty()) {
            throw StructuredAnswer.malformed("the answer has no choices");
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        if (choice.message().refusal().isPresent()) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_REFUSED, "The model refused to answer");
        }
        String finish = choice._finishReason().asKnown().map(ChatCompletion.Choice.FinishReason::asString).orElse("");
        if (ChatCompletion.Choice.FinishReason.LENGTH.asString().equals(finish)) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_TRUNCATED,
                    "The answer was cut off at the " + maxTokens + "-token limit (finish_reason=length)");
        }
        if (ChatCompletion.Choice.FinishReason.CONTENT_FILTER.asString().equals(finish)) {
            throw new PermanentProcessingException(ReasonCode.RESPONSE_FILTERED, "The provider's content filter stopped the answer");
        }
        return answer.read(choice.message().content().orElse(null), completion.model());
    }

    /** {@link #client} is required; the rest have defaults. */
    public static final class Builder extends io.callpipeline.core.response.PromptSettings<Builder> {
        private OpenAIClient client;
        private String model = DEFAULT_MODEL;
        private double temperature = 0.2;
        private long maxTokens = 1000;

        private Builder() {
        }

        public Builder client(OpenAIClient client) {
            this.client = client;
            return this;
        }

        /** Defaults to {@code gpt-4o-mini}; must support structured outputs. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Defaults to 0.2: consistent summaries. */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** The answer's token limit ({@code max_completion_tokens}); defaults to 1000. */
        public Builder maxTokens(long maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public OpenAiResponder build() {
            BuilderChecks.requireClientAndModel("OpenAiResponder", client, model);
            checkPrompt("OpenAiResponder");
            if (maxTokens <= 0) {
                throw new IllegalStateException("maxTokens must be positive, got " + maxTokens);
            }
            return new OpenAiResponder(this);
        }
    }
}
