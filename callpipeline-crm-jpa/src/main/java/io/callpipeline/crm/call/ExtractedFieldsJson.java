package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;

/**
 * A call's extracted fields in one JSON column, each with its label ({@code [{"name":"budget",
 * "label":"תקציב","value":"עד 2.5 מיליון"}]}): any host's schema fits without a column per field, and the
 * tab shows them without the host's class.
 */
@Converter
public class ExtractedFieldsJson extends JsonListColumn<ExtractedField> {

    public ExtractedFieldsJson() {
        super(new TypeReference<>() {
        }, "extracted fields", true);
    }
}
