package io.callpipeline.crm.call;

import io.callpipeline.core.privacy.PiiKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many personal numbers of each kind a transcript had taken out, as {@code ISRAELI_ID=1,PAYMENT_CARD=2}:
 * counts a privacy officer can query in SQL without a JSON function, never a value. A kind this
 * version does not know (written by a newer one) is skipped rather than failing the read.
 */
@Converter
public class RedactionCountsText implements AttributeConverter<Map<PiiKind, Integer>, String> {

    @Override
    public String convertToDatabaseColumn(Map<PiiKind, Integer> counts) {
        return counts == null || counts.isEmpty() ? null
                : new EnumMap<>(counts).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
    }

    @Override
    public Map<PiiKind, Integer> convertToEntityAttribute(String column) {
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        if (column == null || column.isBlank()) {
            return counts;
        }
        for (String pair : column.split(",")) {
            String[] kindAndCount = pair.strip().split("=", 2);
            if (kindAndCount.length == 2) {
                try {
                    counts.put(PiiKind.valueOf(kindAndCount[0]), Integer.valueOf(kindAndCount[1]));
                } catch (IllegalArgumentException unknownKind) {
                    // a newer version's kind: counted there, not here
                }
            }
        }
        return counts;
    }
}
