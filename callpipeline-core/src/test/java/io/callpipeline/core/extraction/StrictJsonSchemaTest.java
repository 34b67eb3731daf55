package io.callpipeline.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StrictJsonSchemaTest {

    record InsuranceLead(
            @JsonProperty(value = "policy_type", required = true) @JsonPropertyDescription("סוג הביטוח")
            Optional<String> policyType,
            @JsonProperty(value = "age", required = true) Optional<Integer> age,
            @JsonProperty(value = "smoker", required = true) Optional<Boolean> smoker,
            @JsonProperty(value = "premium", required = true) Optional<Double> premium,
            @JsonProperty(value = "family_members", required = true) List<String> familyMembers) {
    }

    enum Urgency { LOW, @JsonProperty("high") HIGH }

    record Address(String street, int floor) {
    }

    record Visit(Address address, Optional<Urgency> urgency, List<Address> others) {
    }

    record Loose(Map<String, String> anything) {
    }

    record Chain(String name, Optional<Chain> next) {
    }

    /** The schema openai-java's own generator (victools 4) gives for flat records, which ours must equal. */
    @Test
    void aFlatRecordsSchemaIsTheOneOpenAisGeneratorGivesInDeclarationOrder() {
        for (Class<? extends Record> type : List.of(RealEstateLead.class, InsuranceLead.class)) {
            ObjectNode ours = StrictJsonSchema.of(type);
            ObjectNode theirs = openAiGenerated(type);

            assertThat(normalised(ours)).as(type.getSimpleName()).isEqualTo(normalised(theirs));
            List<String> declared = ExtractionSchema.of("t", type).fields().stream().map(ExtractionSchema.FieldLabel::name).toList();
            assertThat(ours.path("properties").fieldNames()).toIterable().containsExactlyElementsOf(declared);
        }
    }

    @Test
    void nestedRecordsAreInlineEnumsListTheirJsonNamesAndOptionalMeansNullable() {
        ObjectNode schema = StrictJsonSchema.of(Visit.class);

        JsonNode address = schema.path("properties").path("address");
        assertThat(address.path("type").asText()).isEqualTo("object");
        assertThat(address.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(address.path("properties").path("floor").path("type").asText()).isEqualTo("integer");
        assertThat(address.path("required").toString()).isEqualTo("[\"street\",\"floor\"]");
        assertThat(schema.path("properties").path("urgency").toString())
                .isEqualTo("{\"type\":[\"string\",\"null\"],\"enum\":[\"LOW\",\"high\",null]}");
        assertThat(schema.path("properties").path("others").path("items").path("type").asText()).isEqualTo("object");
        assertThat(schema.toString()).doesNotContain("$defs").doesNotContain("$ref");
    }

    @Test
    void whatAStrictSchemaCannotHoldIsRefusedNamingTheComponent() {
        assertThatThrownBy(() -> StrictJsonSchema.of(Loose.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Loose.anything").hasMessageContaining("Map");
        assertThatThrownBy(() -> StrictJsonSchema.of(Chain.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains itself");
    }

    private static ObjectNode openAiGenerated(Class<?> type) {
        var format = ChatCompletionCreateParams.builder().model("m").addUserMessage("u").responseFormat(type).build()
                .rawParams().responseFormat().orElseThrow().asJsonSchema();
        ObjectNode schema = (ObjectNode) ObjectMappers.jsonMapper().valueToTree(format).path("json_schema").path("schema");
        schema.remove("$schema");
        return schema;
    }

    /** The schema with its properties and required names in one order, so only content is compared. */
    private static JsonNode normalised(ObjectNode schema) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode copy = schema.deepCopy();
        ObjectNode properties = json.createObjectNode();
        new TreeSet<String>(iterable(schema.path("properties").fieldNames())).forEach(name ->
                properties.set(name, schema.path("properties").get(name)));
        copy.set("properties", properties);
        ArrayNode required = json.createArrayNode();
        new TreeSet<String>(iterable(schema.path("required").elements()).stream().map(JsonNode::asText).toList())
                .forEach(required::add);
        copy.set("required", required);
        return copy;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
