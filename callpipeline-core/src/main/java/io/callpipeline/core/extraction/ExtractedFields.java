package io.callpipeline.core.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the model extracted from a call in the host's schema: the schema's name and each of its fields
 * in the order the host's record declares them, with their labels. It carries text, not the host's
 * record, so the pipeline, every store and the tab can keep and show any host's fields without its
 * class; a host that wants its record back reads these values with its own types.
 *
 * @param schema the {@link ExtractionSchema#name() schema's name}, e.g. {@code real-estate-lead}
 * @param fields every field of the schema, said or not ({@code null} value)
 */
public record ExtractedFields(String schema, List<ExtractedField> fields) {

    public ExtractedFields {
        Objects.requireNonNull(schema, "schema");
        fields = List.copyOf(fields);
    }

    /** A field's value by its JSON name, if the caller said it. */
    public Optional<String> value(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(ExtractedField::value);
    }

    /** The same fields with each value said passed through {@code value}. */
    public ExtractedFields withValues(UnaryOperator<String> value) {
        return new ExtractedFields(schema, fields.stream().map(f -> f.value() == null ? f
                : new ExtractedField(f.name(), f.label(), value.apply(f.value()))).toList());
    }

    /** Whether the caller said any of them. */
    public boolean anySaid() {
        return fields.stream().anyMatch(f -> f.value() != null);
    }
}
