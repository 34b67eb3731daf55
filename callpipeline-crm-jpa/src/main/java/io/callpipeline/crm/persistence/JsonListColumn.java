package io.callpipeline.crm.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * A list kept as JSON in one column: what is always read and written with its row and never queried
 * item by item (a transcript's segments, a call's extracted fields and decisions, earlier answers, a
 * customer's confirmed details), so a table of its own would buy nothing. Unknown properties are
 * ignored, so a row written by a newer version still reads.
 *
 * @param <T> the list's items, records that Jackson reads by their components
 */
public abstract class JsonListColumn<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()) // a step's due date
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final TypeReference<List<T>> type;
    private final String what;
    private final boolean emptyAsNull;

    /**
     * @param what        the items' name in an error, e.g. "transcript segments"
     * @param emptyAsNull whether an empty list is stored as {@code null} ({@code false} for a
     *                    {@code not null} column, which then holds {@code []})
     */
    protected JsonListColumn(TypeReference<List<T>> type, String what, boolean emptyAsNull) {
        this.type = type;
        this.what = what;
        this.emptyAsNull = emptyAsNull;
    }

    @Override
    public String convertToDatabaseColumn(List<T> items) {
        if ((items == null || items.isEmpty()) && emptyAsNull) {
            return null;
        }
        try {
            return JSON.writeValueAsString(items == null ? List.of() : items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + what, e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + what + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
