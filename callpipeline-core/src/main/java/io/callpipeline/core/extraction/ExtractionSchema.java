package io.callpipeline.core.extraction;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a host wants extracted from each call, as a Java record of its own: the model is asked for
 * exactly its fields (a responder derives the structured output's schema from the record, Jackson's
 * {@code @JsonProperty} and {@code @JsonPropertyDescription} included), and the agent reads them under
 * their {@link Label labels}. Today's real-estate fields ({@link RealEstateLead}) are the default; an
 * insurance agency or a clinic names its own. The record's components must be what a strict
 * structured output can hold: text, numbers, yes/no, lists of them, or nested records.
 *
 * @param <T> the host's record
 */
public final class ExtractionSchema<T extends Record> {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** Today's fields, what a host gets without naming its own. */
    public static final ExtractionSchema<RealEstateLead> REAL_ESTATE = of("real-estate-lead", RealEstateLead.class);

    private final String name;
    private final Class<T> type;
    private final List<FieldLabel> fields;

    private ExtractionSchema(String name, Class<T> type) {
        this.name = name;
        this.type = type;
        List<FieldLabel> described = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            described.add(new FieldLabel(jsonName(component), label(component)));
        }
        if (described.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " has no components: there is nothing to extract");
        }
        this.fields = List.copyOf(described);
    }

    /**
     * @param name a stable name the stores keep with each call's fields (lower case letters, digits,
     *             {@code -} or {@code _}, at most 64), so a later change of record can tell old calls apart
     * @throws IllegalArgumentException when the name is not such a name or the record has no components
     */
    public static <T extends Record> ExtractionSchema<T> of(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An extraction schema's name is 1 to 64 lower-case letters, digits, '-'"
                    + " or '_', got '" + name + "'");
        }
        return new ExtractionSchema<>(name, type);
    }

    /** The schema of a record named after it ({@code InsuranceLead} is {@code insurance-lead}). */
    public static <T extends Record> ExtractionSchema<T> of(Class<T> type) {
        String kebab = type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return of(kebab, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The fields in the order the record declares them, with the JSON name and the label of each. */
    public List<FieldLabel> fields() {
        return fields;
    }

    /** A field's JSON name and what the agent reads beside it. */
    public record FieldLabel(String name, String label) {
    }

    static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static String label(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        if (label == null) {
            label = component.getAccessor().getAnnotation(Label.class);
        }
        return label == null ? jsonName(component) : label.value();
    }

    @Override
    public String toString() {
        return "ExtractionSchema[" + name + ", " + type.getName() + "]";
    }
}
