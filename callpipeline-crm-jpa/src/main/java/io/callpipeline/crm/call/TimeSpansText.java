package io.callpipeline.crm.call;

import io.callpipeline.core.transcription.TimeSpan;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Stretches of a recording as {@code 2.00-3.00,41.50-44.20} (seconds): readable in SQL, and portable. */
@Converter
public class TimeSpansText implements AttributeConverter<List<TimeSpan>, String> {

    @Override
    public String convertToDatabaseColumn(List<TimeSpan> spans) {
        return spans == null || spans.isEmpty() ? null : spans.stream()
                .map(s -> String.format(Locale.ROOT, "%.2f-%.2f", s.start(), s.end()))
                .collect(Collectors.joining(","));
    }

    @Override
    public List<TimeSpan> convertToEntityAttribute(String column) {
        List<TimeSpan> spans = new ArrayList<>();
        if (column == null || column.isBlank()) {
            return spans;
        }
        for (String pair : column.split(",")) {
            String[] ends = pair.strip().split("-", 2);
            if (ends.length == 2) {
                spans.add(new TimeSpan(Double.parseDouble(ends[0]), Double.parseDouble(ends[1])));
            }
        }
        return spans;
    }
}
