package io.callpipeline.crm.web;

import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.call.EarlierAnswer;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.reply.ReplyChannel;
import io.callpipeline.crm.reply.ReplyStatus;
import java.time.Instant;
import java.util.List;

/**
 * A call as the API gives it to the page: everything the "שיחות מוקלטות" tab shows, with the date
 * already in the CRM's time zone and the audio behind our own URL (never Twilio's).
 *
 * @param id             the call log's id
 * @param customerId     the customer, or {@code null} when unassigned
 * @param customerName   the customer's name or number, or {@code null}
 * @param counterpart    the other party's number as Twilio gave it, or {@code null} until known
 * @param withheld       whether that number is withheld
 * @param occurredAt     when the call happened
 * @param displayTime    {@code occurredAt} in the CRM's zone, {@code dd.MM.yyyy HH:mm}
 * @param durationSeconds the recording's length, or {@code null}
 * @param direction      {@code inbound} or {@code outbound}, or {@code null} until known
 * @param status         where the call stands, written {@code received}, {@code processing}, {@code completed},
 *                       {@code gibberish}, {@code rejected} or {@code failed}
 * @param stage          the last finished step, e.g. {@code TRANSCRIBED}
 * @param finished       whether the call will change no more
 * @param attempts       processing runs so far
 * @param error          why it stopped, or {@code null}
 * @param transcript     the text, or {@code null} before transcription
 * @param response       the AI's response, or {@code null}
 * @param audioUrl       where the player gets the audio, or {@code null} when there is none
 * @param origin         {@code CALLBACK}, or {@code RECONCILIATION} when no callback announced the call
 * @param audioDeletedAt when the audio was deleted for outliving its retention window, or {@code null}
 */
public record CallView(long id, String recordingSid, String callSid, Long customerId, String customerName,
        String counterpart, boolean withheld, CallDirection direction, Instant occurredAt, String displayTime,
        Integer durationSeconds, CallStatus status, ProcessingStage stage, boolean finished, int attempts, Error error,
        TranscriptView transcript, ResponseView response, String audioUrl, Instant updatedAt, Origin origin,
        Match match, Instant audioDeletedAt) {

    /**
     * Where a search's words were found in what was said, so the player can start there.
     *
     * @param segment the segment's index in {@code transcript.segments}
     * @param start   its start, in seconds
     */
    public record Match(int segment, double start) {

        /** The start as a player shows it, e.g. {@code 1:05}. */
        public String clock() {
            long seconds = Math.max(0, Math.round(start));
            return seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
        }
    }

    /**
     * @param code    the machine-readable reason, e.g. {@code retries_exhausted}
     * @param label   the reason in Hebrew, for the agent (from the one catalogue)
     * @param retryable whether the agent may ask for another run
     */
    public record Error(String code, String label, String message, boolean retryable) {
    }

    /**
     * @param language             the language the text is in (ISO 639-1), {@code und} when it shows none
     * @param languageName         that language's name in Hebrew, for the agent; {@code null} when unnamed
     * @param passes               transcriptions paid for: 2 when the call was transcribed again without
     *                             the Hebrew hint
     * @param gibberish            {@code null} until checked
     * @param gibberishReason      the rule that fired, e.g. {@code hallucination_phrase}
     * @param gibberishExplanation why, in Hebrew
     * @param redactions           the personal numbers taken out of the text, by kind (none when nothing was)
     * @param silenced             where in the audio they were said: our kept copy is silent there
     */
    public record TranscriptView(String language, String languageName, int passes, String text, List<Segment> segments,
            String model, Boolean gibberish, String gibberishReason, String gibberishExplanation,
            List<Redacted> redactions, List<Silenced> silenced) {
    }

    /** A stretch of the audio silenced where a personal number was said, in seconds. */
    public record Silenced(double start, double end) {
    }

    /**
     * One kind of personal number taken out of what was said.
     *
     * @param kind  e.g. {@code israeli_id}
     * @param label what stands in its place in the text, e.g. {@code [ת״ז]}
     * @param count how many
     */
    public record Redacted(String kind, String label, int count) {
    }

    /**
     * @param hallucinated whether the transcriber is judged to have invented it
     * @param speaker      {@code caller} or {@code agent} in a dual-channel call; {@code null} in a mono one
     */
    public record Segment(int index, double start, double end, String text, boolean hallucinated, String speaker) {
    }

    /**
     * The AI's answer: what the agent reads and may send back.
     *
     * @param earlier  the answers it replaced when the call was answered again, oldest first
     * @param replies  what agents sent the caller (SMS, WhatsApp), oldest first, each with its status
     * @param canReply whether the app can send a reply to this caller (messaging configured, a number known)
     */
    public record ResponseView(String summary, String suggestedReply, String intent, boolean followUpNeeded,
            Extracted extracted, String model, List<EarlierAnswer> earlier, Lead lead, List<Task> tasks,
            List<Reply> replies, boolean canReply) {
    }

    /**
     * A reply sent (or refused) to the caller.
     *
     * @param channel     {@code sms} or {@code whatsapp}
     * @param status      {@code pending}, {@code unconfirmed}, {@code refused}, {@code queued}, {@code sent},
     *                    {@code delivered}, {@code read}, {@code undelivered} or {@code failed}
     * @param statusLabel the status in Hebrew
     * @param reason      why it did not go, in Hebrew, or {@code null}
     */
    public record Reply(long id, ReplyChannel channel, String to, String body, ReplyStatus status, String statusLabel,
            Integer errorCode, String reason, String sentBy, Instant createdAt, Instant updatedAt) {
    }

    /**
     * How warm the model judged the lead, with its reason: what ranks the agent's calls to return.
     *
     * @param score 0 (no business) to 100 (ready to sign)
     */
    public record Lead(int score, String reason) {
    }

    /**
     * One task from the call's answer.
     *
     * @param whenSaid when, in the call's words, or {@code null}
     * @param dueDate  the day it is due, worked out from the call's day in Israel, or {@code null}
     * @param dueLabel that day as the agent reads it ("יום חמישי, 10.12.2026"), or {@code null}
     * @param status   {@code open} or {@code done}
     * @param doneBy   who marked it done, or {@code null}
     */
    public record Task(long id, String task, String whenSaid, java.time.LocalDate dueDate, String dueLabel,
            CallTask.Status status, String doneBy, Instant doneAt) {
    }

    /**
     * The fields the model extracted, in the host's schema: what the tab lists under their labels, with
     * what agents decided about them.
     *
     * @param schema    the schema's name, e.g. {@code real-estate-lead}
     * @param fields    every field of it in the schema's order; a value is {@code null} where not said
     * @param decisions every decision agents made on this call's fields, oldest first
     */
    public record Extracted(String schema, List<Field> fields, List<FieldDecision> decisions) {
    }

    /**
     * One extracted field and where it stands.
     *
     * @param value     what the model extracted ({@code null} when not said)
     * @param decision  the last decision about it: {@code accepted}, {@code edited}, {@code rejected}, or
     *                  {@code null} while it is a proposal
     * @param confirmed the value the agent confirmed ({@code null} unless accepted or edited)
     * @param decidedBy who made the last decision
     * @param decidedAt when
     */
    public record Field(String name, String label, String value, String decision, String confirmed,
            String decidedBy, Instant decidedAt) {
    }
}
