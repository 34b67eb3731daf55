package io.callpipeline.core.extraction;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The strict JSON schema of a record, as every provider's structured output takes it: each component a
 * required property under its Jackson name ({@code @JsonProperty}) with its {@code @JsonPropertyDescription},
 * no other properties ({@code additionalProperties: false}), an {@link Optional} component nullable, nested
 * records inline (no {@code $defs}, which Anthropic's structured output drops). Made here rather than by an
 * SDK's generator: openai-java's needs victools' generator 4.x and Spring AI 2 needs 5.x of the same
 * packages, so no generator of theirs can serve a host that has both. Anything a strict schema cannot hold
 * (a map, an {@code Object}, a record that contains itself) is refused when the schema is made, naming the
 * component, not when a model fails to answer.
 */
public final class StrictJsonSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    private StrictJsonSchema() {
    }

    /**
     * @throws IllegalArgumentException when a component's type has no strict schema
     */
    public static ObjectNode of(Class<? extends Record> type) {
        return object(type, new ArrayDeque<>());
    }

    private static ObjectNode object(Class<?> type, Deque<Class<?>> enclosing) {
        if (enclosing.contains(type)) {
            throw new IllegalArgumentException(type.getName() + " contains itself: a strict schema cannot nest without end");
        }
        enclosing.push(type);
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : type.getRecordComponents()) {
            if (annotation(component, JsonIgnore.class) != null) {
                continue;
            }
            String name = ExtractionSchema.jsonName(component);
            ObjectNode property;
            try {
                property = value(component.getGenericType(), enclosing);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getName() + "." + component.getName() + ": " + e.getMessage(), e);
            }
            JsonPropertyDescription description = annotation(component, JsonPropertyDescription.class);
            if (description != null && !description.value().isBlank()) {
                property.put("description", description.value());
            }
            properties.set(name, property);
            required.add(name);
        }
        JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
        if (description != null && !description.value().isBlank()) {
            schema.put("description", description.value());
        }
        schema.put("additionalProperties", false);
        enclosing.pop();
        return schema;
    }

    private static ObjectNode value(Type type, Deque<Class<?>> enclosing) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return nullable(value(argument, enclosing));
            }
            if (Collection.class.isAssignableFrom(raw) && parameterized.getActualTypeArguments().length == 1) {
                return array(value(argument, enclosing));
            }
            throw new IllegalArgumentException("a " + raw.getSimpleName() + " has no strict JSON schema (use a record)");
        }
        if (type instanceof GenericArrayType array) {
            return array(value(array.getGenericComponentType(), enclosing));
        }
        if (!(type instanceof Class<?> plain)) {
            throw new IllegalArgumentException(type + " has no strict JSON schema");
        }
        if (plain == String.class || plain == Character.class || plain == char.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (INTEGERS.contains(plain)) {
            return NODES.objectNode().put("type", "integer");
        }
        if (NUMBERS.contains(plain)) {
            return NODES.objectNode().put("type", "number");
        }
        if (plain.isEnum()) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : plain.getEnumConstants()) {
                values.add(jsonName((Enum<?>) constant));
            }
            return schema;
        }
        if (plain.isArray()) {
            return array(value(plain.getComponentType(), enclosing));
        }
        if (plain.isRecord()) {
            return object(plain, enclosing);
        }
        throw new IllegalArgumentException("a " + plain.getSimpleName() + " has no strict JSON schema"
                + " (text, numbers, yes/no, enums, lists of them and records only)");
    }

    /** A Jackson annotation on a record component lands on its accessor and field, not the component itself. */
    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent component, Class<A> type) {
        A found = component.getAnnotation(type);
        return found != null ? found : component.getAccessor().getAnnotation(type);
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode schema = NODES.objectNode().put("type", "array");
        schema.set("items", items);
        return schema;
    }

    /** The same schema, also allowing {@code null}: what a strict schema says for "not said". */
    private static ObjectNode nullable(ObjectNode schema) {
        ArrayNode types = NODES.arrayNode().add(schema.get("type").asText()).add("null");
        schema.set("type", types);
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }

    private static String jsonName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
