package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callpipeline.core.transcription.TranscriptSegment;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Keeps a transcript's timed segments in one JSON column: they are always read and written with
 * their transcript, never queried one by one, so a table of their own would buy nothing.
 */
@Converter
public class SegmentsJson implements AttributeConverter<List<TranscriptSegment>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<TranscriptSegment>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TranscriptSegment> segments) {
        try {
            return JSON.writeValueAsString(segments == null ? List.of() : segments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write transcript segments", e);
        }
    }

    @Override
    public List<TranscriptSegment> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored transcript segments cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
