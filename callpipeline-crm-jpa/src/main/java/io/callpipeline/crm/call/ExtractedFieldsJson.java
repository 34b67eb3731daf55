package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.extraction.ExtractedField;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A call's extracted fields in one JSON column, each with its label ({@code [{"name":"budget",
 * "label":"תקציב","value":"עד 2.5 מיליון"}]}): any host's schema fits without a column per field, and the
 * tab shows them without the host's class. Always read with the call, never queried alone.
 */
@Converter
public class ExtractedFieldsJson implements AttributeConverter<List<ExtractedField>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<ExtractedField>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<ExtractedField> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write extracted fields", e);
        }
    }

    @Override
    public List<ExtractedField> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored extracted fields cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
