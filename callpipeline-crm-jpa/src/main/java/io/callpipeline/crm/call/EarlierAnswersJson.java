package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A call's earlier answers in one JSON column: always read with the call, never queried alone. */
@Converter
public class EarlierAnswersJson implements AttributeConverter<List<EarlierAnswer>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<EarlierAnswer>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<EarlierAnswer> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write earlier answers", e);
        }
    }

    @Override
    public List<EarlierAnswer> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored earlier answers cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
