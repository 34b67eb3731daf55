package io.callpipeline.core.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.language.LanguageNames;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.Responder;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks an OpenAI-compatible chat model for the agent's Hebrew summary and suggested reply, and the
 * fields of the host's {@link ExtractionSchema} (a real-estate lead's by default), as strict structured
 * output in one request. Anything short of a complete answer in the schema (a refusal, a reply cut off
 * by the token limit, a content filter, JSON that does not fit) is a permanent failure with its own
 * reason code; a half-filled response is never returned.
 */
public final class OpenAiResponder implements Responder {

    /** The shipped Hebrew instructions for a real-estate agent's assistant. */
    public static final String DEFAULT_SYSTEM_PROMPT = loadDefaultPrompt();

    /** The caller's history the prompt carries at most, in estimated tokens. */
    public static final int DEFAULT_HISTORY_TOKEN_BUDGET = 1500;

    /** The chat model used when none is set; it must support structured outputs. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    private final OpenAIClient client;
    private final long maxTokens;
    private final ExtractionSchema<?> extraction;
    private final int historyTokenBudget;
    /** Everything but the call: the model, the instructions and the strict schema ({@link AnswerSchema}). */
    private final ChatCompletionCreateParams common;

    private OpenAiResponder(Builder b) {
        this.client = b.client;
        this.maxTokens = b.maxTokens;
        this.extraction = b.extraction;
        this.historyTokenBudget = b.historyTokenBudget;
        this.common = ChatCompletionCreateParams.builder()
                .model(b.model)
                .temperature(b.temperature)
                .maxCompletionTokens(b.maxTokens)
                .addSystemMessage(b.systemPrompt)
                .responseFormat(AnswerSchema.of(b.extraction)) // the answer is read (and judged) here
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What this responder asks the model to extract from each call. */
    public ExtractionSchema<?> extraction() {
        return extraction;
    }

    @Override
    public CallResponse respond(ResponseRequest request) {
        ChatCompletionCreateParams params = common.toBuilder().addUserMessage(userMessage(request)).build();
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
            throw malformed("the answer has no choices");
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
        String content = choice.message().content().orElseThrow(() -> malformed("the answer has no content"));
        CallAnswer answer;
        JsonNode extracted;
        try {
            JsonNode tree = JSON.readTree(content);
            if (!(tree instanceof ObjectNode object)) {
                throw malformed("the answer is not a JSON object");
            }
            if (!object.has("real_call")) { // an answer without the second opinion is a real call's
                object.put("real_call", true);
            }
            if (!object.has("not_a_call_reason")) {
                object.putNull("not_a_call_reason");
            }
            extracted = object.remove(CallAnswer.EXTRACTED);
            if (!(extracted instanceof ObjectNode)) {
                throw malformed("the answer has no " + CallAnswer.EXTRACTED + " object");
            }
            answer = JSON.treeToValue(object, CallAnswer.class);
            JSON.treeToValue(extracted, extraction.type()); // the host's record, as strict as the rest
        } catch (JsonProcessingException e) {
            throw malformed("the answer does not match the CallAnswer schema with " + extraction.name() + ": "
                    + e.getOriginalMessage());
        }
        if (blank(answer.summary()) || blank(answer.suggestedReply()) || blank(answer.intent())
                || answer.followUpNeeded() == null) {
            throw malformed("the answer leaves a required field empty");
        }
        return new CallResponse(answer.summary().strip(), answer.suggestedReply().strip(), answer.intent().strip(),
                fields(extracted), answer.followUpNeeded(), completion.model(),
                // an answer without the second opinion (an older prompt, a host's schema) is taken as a real call
                !Boolean.FALSE.equals(answer.realCall()),
                answer.notACallReason() == null ? null : answer.notACallReason().map(String::strip).orElse(null));
    }

    private String userMessage(ResponseRequest request) {
        StringBuilder message = new StringBuilder();
        CallDetails call = request.call();
        if (call != null) {
            message.append("פרטי השיחה: ממספר ").append(call.from())
                    .append(", כיוון ").append(call.direction());
            if (call.startTime() != null) {
                message.append(", התחילה ב-").append(call.startTime());
            }
            message.append("\n\n");
        }
        message.append(HistorySection.of(request.history(), historyTokenBudget));
        String language = request.transcript().language();
        if (language != null && !"he".equals(language)) {
            LanguageNames.inHebrew(language).ifPresent(name -> message.append("שפת המתקשר: ").append(name)
                    .append(" (").append(language).append("). כתוב את suggested_reply בשפה זו.\n\n"));
        }
        Transcript transcript = request.transcript();
        if (!transcript.dialogue()) {
            return message.append("תמלול השיחה:\n").append(transcript.text()).toString();
        }
        message.append("תמלול השיחה, לפי הדובר (המתקשר והסוכן שענה):");
        Speaker last = null;
        for (TranscriptSegment segment : transcript.segments()) {
            if (segment.speaker() != last) {
                last = segment.speaker();
                message.append('\n').append(last == Speaker.AGENT ? "סוכן:" : "מתקשר:");
            }
            message.append(' ').append(segment.text().strip());
        }
        return message.toString();
    }

    private static PermanentProcessingException malformed(String why) {
        return new PermanentProcessingException(ReasonCode.RESPONSE_MALFORMED, "The model's answer is unusable: " + why);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String loadDefaultPrompt() {
        try (InputStream in = OpenAiResponder.class.getResourceAsStream("system-prompt-he.txt")) {
            return new String(Objects.requireNonNull(in, "system-prompt-he.txt").readAllBytes(), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host's fields in its record's order, each as text under its label. */
    private ExtractedFields fields(JsonNode extracted) {
        List<ExtractedField> fields = new ArrayList<>();
        for (ExtractionSchema.FieldLabel field : extraction.fields()) {
            fields.add(new ExtractedField(field.name(), field.label(), text(extracted.get(field.name()))));
        }
        return new ExtractedFields(extraction.name(), fields);
    }

    /** A value as the agent reads it: text stripped, a number or yes/no as JSON writes it, a list joined. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String text = text(item);
                if (text != null) {
                    items.add(text);
                }
            });
            return items.isEmpty() ? null : String.join(", ", items);
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    /** {@link #client} is required; the rest have defaults. */
    public static final class Builder {
        private OpenAIClient client;
        private String model = DEFAULT_MODEL;
        private String systemPrompt = DEFAULT_SYSTEM_PROMPT;
        private double temperature = 0.2;
        private long maxTokens = 1000;
        private ExtractionSchema<?> extraction = ExtractionSchema.REAL_ESTATE;
        private int historyTokenBudget = DEFAULT_HISTORY_TOKEN_BUDGET;

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

        /** Defaults to {@link #DEFAULT_SYSTEM_PROMPT}. */
        public Builder systemPrompt(String systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        /** Defaults to 0.2: consistent summaries. */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * What to extract from each call: the host's record. Defaults to
         * {@link ExtractionSchema#REAL_ESTATE}.
         */
        public Builder extraction(ExtractionSchema<?> extraction) {
            this.extraction = extraction;
            return this;
        }

        /**
         * How many tokens (estimated) of the caller's history the prompt may carry; defaults to
         * {@value OpenAiResponder#DEFAULT_HISTORY_TOKEN_BUDGET}, {@code 0} for none.
         */
        public Builder historyTokenBudget(int historyTokenBudget) {
            this.historyTokenBudget = historyTokenBudget;
            return this;
        }

        /** The answer's token limit ({@code max_completion_tokens}); defaults to 1000. */
        public Builder maxTokens(long maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public OpenAiResponder build() {
            BuilderChecks.requireClientAndModel("OpenAiResponder", client, model);
            if (systemPrompt == null || systemPrompt.isBlank()) {
                throw new IllegalStateException("OpenAiResponder needs a system prompt");
            }
            if (extraction == null) {
                throw new IllegalStateException("OpenAiResponder needs an extraction schema (ExtractionSchema.REAL_ESTATE by default)");
            }
            if (historyTokenBudget < 0) {
                throw new IllegalStateException("historyTokenBudget must be 0 or more, got " + historyTokenBudget);
            }
            if (maxTokens <= 0) {
                throw new IllegalStateException("maxTokens must be positive, got " + maxTokens);
            }
            return new OpenAiResponder(this);
        }
    }
}
