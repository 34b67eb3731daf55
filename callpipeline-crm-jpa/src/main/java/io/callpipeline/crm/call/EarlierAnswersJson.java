package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;

/** A call's earlier answers in one JSON column: always read with the call, never queried alone. */
@Converter
public class EarlierAnswersJson extends JsonListColumn<EarlierAnswer> {

    public EarlierAnswersJson() {
        super(new TypeReference<>() {
        }, "earlier answers", true);
    }
}
