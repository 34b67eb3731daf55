package io.callpipeline.crm.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A customer's confirmed details in one JSON column, one per field, in the order first confirmed.
 * JPA only reads it; a confirmation replaces it under a row lock, so editing the customer's name at
 * the same moment loses neither.
 */
@Converter
public class ConfirmedFieldsJson implements AttributeConverter<List<ConfirmedField>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<ConfirmedField>> TYPE = new TypeReference<>() {
    };

    public static String write(List<ConfirmedField> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write confirmed fields", e);
        }
    }

    public static List<ConfirmedField> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored confirmed fields cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String convertToDatabaseColumn(List<ConfirmedField> fields) {
        return write(fields);
    }

    @Override
    public List<ConfirmedField> convertToEntityAttribute(String column) {
        return read(column);
    }
}
