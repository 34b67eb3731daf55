package io.callpipeline.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.transcription.Transcript;

/**
 * A {@link CallRecord} as JSON and back, one way for every place that keeps a whole record as text
 * (a JDBC column, a result waiting on disk for the database to return), and a {@link Transcript}
 * on its own (one side of a dialogue waiting for the other). Unknown properties are ignored, so a
 * record written by a newer version still reads.
 */
public final class CallRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CallRecordJson() {
    }

    public static String write(CallRecord record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the record of " + record.recordingSid(), e);
        }
    }

    /**
     * @throws IllegalStateException when the text is not a record
     */
    public static CallRecord read(String json) {
        try {
            return JSON.readValue(json, CallRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored call record cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(Transcript transcript) {
        try {
            return JSON.writeValueAsString(transcript);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a transcript", e);
        }
    }

    /**
     * @throws IllegalStateException when the text is not a transcript
     */
    public static Transcript readTranscript(String json) {
        try {
            return JSON.readValue(json, Transcript.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept transcript cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
