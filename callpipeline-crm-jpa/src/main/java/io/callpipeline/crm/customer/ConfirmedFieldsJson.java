package io.callpipeline.crm.customer;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A customer's confirmed details in one JSON column, one per field, in the order first confirmed.
 * JPA only reads it; a confirmation replaces it under a row lock, so editing the customer's name at
 * the same moment loses neither.
 */
@Converter
public class ConfirmedFieldsJson extends JsonListColumn<ConfirmedField> {

    private static final ConfirmedFieldsJson COLUMN = new ConfirmedFieldsJson();

    public ConfirmedFieldsJson() {
        super(new TypeReference<>() {
        }, "confirmed fields", true);
    }

    /** The column's text for {@code fields}; {@code null} for none. */
    public static String write(List<ConfirmedField> fields) {
        return COLUMN.convertToDatabaseColumn(fields);
    }

    /** The details in the column's text. */
    public static List<ConfirmedField> read(String column) {
        return COLUMN.convertToEntityAttribute(column);
    }
}
