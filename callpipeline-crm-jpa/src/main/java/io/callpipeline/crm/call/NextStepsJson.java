package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.core.nextstep.NextStep;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;

/**
 * The next steps the model proposed, as the answer gave them (with the dates worked out from the call's
 * day), in one JSON column beside the answer: what a re-answer compares with to know whether the tasks
 * change, and what a resumed run reads back.
 */
@Converter
public class NextStepsJson extends JsonListColumn<NextStep> {

    public NextStepsJson() {
        super(new TypeReference<>() {
        }, "next steps", true);
    }
}
