package io.callpipeline.crm.call;

import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.transcription.TimeSpan;
import io.callpipeline.core.transcription.TranscriptSegment;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What was said on a call and what the AI made of it: the Hebrew text with its timed segments (the
 * page seeks the player to a segment), the gibberish verdict, and the response. Shares its call
 * log's id: there is at most one per call.
 */
@Entity(name = "CallpipelineCallTranscript")
@DynamicUpdate // a step's save writes the columns it changed: not the transcript again with the answer
@Table(name = "callpipeline_call_transcript")
public class CallTranscript {

    @Id
    @Column(name = "call_log_id")
    private Long id;

    @MapsId
    @OneToOne
    @JoinColumn(name = "call_log_id")
    private CallLog callLog;

    @Column(length = 8)
    String language;
    @Column(name = "full_text", nullable = false)
    String text;
    @Convert(converter = SegmentsJson.class)
    @Column(name = "segments_json", nullable = false)
    List<TranscriptSegment> segments;
    @Column(name = "transcription_model", length = 64)
    String transcriptionModel;
    @Column(name = "audio_seconds")
    Double audioSeconds;
    @Column(name = "transcription_passes", nullable = false)
    int transcriptionPasses = 1;
    @Convert(converter = RedactionCountsText.class)
    @Column(length = 300)
    Map<PiiKind, Integer> redactions = new EnumMap<>(PiiKind.class);
    @Convert(converter = TimeSpansText.class)
    @Column(name = "silenced_spans", length = 2000)
    List<TimeSpan> silencedSpans = new ArrayList<>();

    Boolean gibberish;
    @Column(name = "gibberish_reason", length = 32)
    String gibberishReason;
    @Column(name = "gibberish_explanation", length = 1000)
    String gibberishExplanation;
    @Convert(converter = IndexesText.class)
    @Column(name = "hallucinated_segments", length = 2000)
    List<Integer> hallucinatedSegments;

    String summary;
    @Column(name = "suggested_reply")
    String suggestedReply;
    @Column(length = 100)
    String intent;
    @Column(name = "follow_up_needed")
    Boolean followUpNeeded;
    @Column(name = "extraction_schema", length = 64)
    String extractionSchema;
    @Convert(converter = ExtractedFieldsJson.class)
    @Column(name = "extracted_fields")
    List<ExtractedField> extractedFields = new ArrayList<>();
    @Column(name = "response_model", length = 64)
    String responseModel;
    @Convert(converter = NextStepsJson.class)
    @Column(name = "next_steps")
    List<io.callpipeline.core.nextstep.NextStep> nextSteps = new ArrayList<>();
    @Column(name = "lead_score")
    Integer leadScore;
    @Column(name = "lead_score_reason", length = 1000)
    String leadScoreReason;
    @Convert(converter = FieldDecisionsJson.class)
    @Column(name = "field_decisions", insertable = false, updatable = false)
    List<FieldDecision> fieldDecisions = new ArrayList<>();
    @Convert(converter = EarlierAnswersJson.class)
    @Column(name = "earlier_answers_json")
    List<EarlierAnswer> earlierAnswers = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected CallTranscript() {
    }

    CallTranscript(CallLog callLog, Instant createdAt) {
        this.callLog = callLog;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public CallLog getCallLog() {
        return callLog;
    }

    /** ISO-639-1, e.g. {@code he}. */
    public String getLanguage() {
        return language;
    }

    /** 2 when the call was transcribed again without the Hebrew hint (see the pipeline's second pass). */
    public int getTranscriptionPasses() {
        return transcriptionPasses;
    }

    /** How many personal numbers of each kind were taken out of the text; empty when none were. */
    public Map<PiiKind, Integer> getRedactions() {
        return redactions == null ? Map.of() : Map.copyOf(redactions);
    }

    /** Where in the audio personal numbers were said: the stretches our kept copy is silent in. */
    public List<TimeSpan> getSilencedSpans() {
        return silencedSpans == null ? List.of() : List.copyOf(silencedSpans);
    }

    public String getText() {
        return text;
    }

    public List<TranscriptSegment> getSegments() {
        return segments == null ? List.of() : List.copyOf(segments);
    }

    public String getTranscriptionModel() {
        return transcriptionModel;
    }

    /** {@code null} until checked. */
    public Boolean getGibberish() {
        return gibberish;
    }

    public String getGibberishReason() {
        return gibberishReason;
    }

    /** Why it is gibberish, in Hebrew. */
    public String getGibberishExplanation() {
        return gibberishExplanation;
    }

    /** Indexes of segments judged invented by the transcriber, for the page to mark. */
    public List<Integer> getHallucinatedSegments() {
        return hallucinatedSegments == null ? List.of() : List.copyOf(hallucinatedSegments);
    }

    /** The answers the call had before it was answered again, oldest first. */
    public List<EarlierAnswer> getEarlierAnswers() {
        return earlierAnswers == null ? List.of() : List.copyOf(earlierAnswers);
    }

    /** Keeps the current answer among the earlier ones, before a new one replaces it. */
    void keepCurrentAnswer(String replacedAt) {
        List<EarlierAnswer> answers = new ArrayList<>(getEarlierAnswers());
        answers.add(new EarlierAnswer(summary, suggestedReply, intent, followUpNeeded, responseModel, replacedAt));
        earlierAnswers = answers;
    }

    /** {@code null} until the response exists (and for gibberish, which gets none). */
    public String getSummary() {
        return summary;
    }

    public String getSuggestedReply() {
        return suggestedReply;
    }

    public String getIntent() {
        return intent;
    }

    public Boolean getFollowUpNeeded() {
        return followUpNeeded;
    }

    /** The name of the host's extraction schema the fields were asked in ({@code real-estate-lead}). */
    public String getExtractionSchema() {
        return extractionSchema;
    }

    /** What the model extracted, in the schema's order, each with its label; empty before an answer. */
    public List<ExtractedField> getExtractedFields() {
        return List.copyOf(extractedFields);
    }

    /** The steps the model proposed, dated; the agent's tasks are made from them (see {@link CallTask}). */
    public List<io.callpipeline.core.nextstep.NextStep> getNextSteps() {
        return List.copyOf(nextSteps);
    }

    /** How warm the model judged the lead, 0 to 100, or {@code null} when it did not say. */
    public Integer getLeadScore() {
        return leadScore;
    }

    /** Why, in Hebrew, or {@code null}. */
    public String getLeadScoreReason() {
        return leadScoreReason;
    }

    public String getResponseModel() {
        return responseModel;
    }

    /** What agents decided about the extracted fields, oldest first (decisions about earlier answers too). */
    public List<FieldDecision> getFieldDecisions() {
        return List.copyOf(fieldDecisions);
    }
}
