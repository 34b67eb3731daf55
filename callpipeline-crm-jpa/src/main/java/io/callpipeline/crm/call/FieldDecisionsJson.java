package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A call's field decisions in one JSON column, oldest first. JPA only reads it: decisions are
 * appended under a row lock ({@code FieldConfirmation}), so a save of the call by the pipeline or a
 * re-answer never writes an older list over a newer one.
 */
@Converter
public class FieldDecisionsJson extends JsonListColumn<FieldDecision> {

    private static final FieldDecisionsJson COLUMN = new FieldDecisionsJson();

    public FieldDecisionsJson() {
        super(new TypeReference<>() {
        }, "field decisions", true);
    }

    /** The column's text for {@code decisions}; {@code null} for none. */
    public static String write(List<FieldDecision> decisions) {
        return COLUMN.convertToDatabaseColumn(decisions);
    }

    /** The decisions in the column's text, oldest first. */
    public static List<FieldDecision> read(String column) {
        return COLUMN.convertToEntityAttribute(column);
    }
}
