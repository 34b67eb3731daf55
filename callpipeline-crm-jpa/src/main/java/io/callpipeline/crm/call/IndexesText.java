package io.callpipeline.crm.call;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A short list of segment indexes as {@code 3,7,8}: readable in SQL, and portable. */
@Converter
public class IndexesText implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(List<Integer> indexes) {
        return indexes == null || indexes.isEmpty() ? null
                : indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
