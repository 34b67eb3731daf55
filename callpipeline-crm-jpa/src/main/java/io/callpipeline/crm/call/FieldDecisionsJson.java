package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A call's field decisions in one JSON column, oldest first. JPA only reads it: decisions are
 * appended under a row lock ({@code FieldConfirmation}), so a save of the call by the pipeline or a
 * re-answer never writes an older list over a newer one.
 */
@Converter
public class FieldDecisionsJson implements AttributeConverter<List<FieldDecision>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<FieldDecision>> TYPE = new TypeReference<>() {
    };

    /** The column's text for {@code decisions}; {@code null} for none. */
    public static String write(List<FieldDecision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(decisions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write field decisions", e);
        }
    }

    /** The decisions in the column's text, oldest first. */
    public static List<FieldDecision> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored field decisions cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String convertToDatabaseColumn(List<FieldDecision> decisions) {
        return write(decisions);
    }

    @Override
    public List<FieldDecision> convertToEntityAttribute(String column) {
        return read(column);
    }
}
