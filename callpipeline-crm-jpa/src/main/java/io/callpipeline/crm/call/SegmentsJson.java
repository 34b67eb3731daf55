package io.callpipeline.crm.call;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.crm.persistence.JsonListColumn;
import jakarta.persistence.Converter;

/**
 * Keeps a transcript's timed segments in one JSON column: they are always read and written with
 * their transcript, never queried one by one, so a table of their own would buy nothing.
 */
@Converter
public class SegmentsJson extends JsonListColumn<TranscriptSegment> {

    public SegmentsJson() {
        super(new TypeReference<>() {
        }, "transcript segments", false);
    }
}
