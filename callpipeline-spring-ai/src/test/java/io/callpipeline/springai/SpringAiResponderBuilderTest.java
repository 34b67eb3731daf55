package io.callpipeline.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

class SpringAiResponderBuilderTest {

    /** A model whose options take no output schema: the answer could not be held to the schema. */
    private static final ChatModel PLAIN = new ChatModel() {
        @Override
        public ChatResponse call(Prompt prompt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChatOptions getOptions() {
            return ChatOptions.builder().model("plain").build();
        }
    };

    @Test
    void aModelWithoutStructuredOutputIsRefusedAtBuildNamingIt() {
        assertThatThrownBy(() -> SpringAiResponder.builder().model(PLAIN).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("takes no output schema");
    }

    @Test
    void missingOrOutOfRangeSettingsAreRefusedAtBuildAsTheOpenAiResponderRefusesThem() {
        assertThatThrownBy(() -> SpringAiResponder.builder().build()).hasMessageContaining("needs a Spring AI ChatModel");
        assertThatThrownBy(() -> SpringAiResponder.builder().model(PLAIN).systemPrompt(" ").build())
                .hasMessage("SpringAiResponder needs a system prompt");
        assertThatThrownBy(() -> SpringAiResponder.builder().model(PLAIN).extraction(null).build())
                .hasMessageContaining("needs an extraction schema");
        assertThatThrownBy(() -> SpringAiResponder.builder().model(PLAIN).historyTokenBudget(-1).build())
                .hasMessageContaining("historyTokenBudget must be 0 or more");
    }

    @Test
    void failuresNameTheProviderAfterTheModelClass() {
        assertThat(SpringAiResponder.providerOf(org.springframework.ai.anthropic.AnthropicChatModel.builder()
                .options(org.springframework.ai.anthropic.AnthropicChatOptions.builder().apiKey("k").build()).build()))
                .isEqualTo("anthropic");
    }
}
