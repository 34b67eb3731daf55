package io.callpipeline.crm.web;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.gibberish.TranscriptFeatures;
import io.callpipeline.core.language.LanguageNames;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.call.CallTranscript;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.crm.reply.ReplyChannel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns call logs into {@link CallView}s: dates in the CRM's zone, audio behind our own path. */
public final class CallViews {

    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final String apiPath;
    private final PhoneNumbers phones;

    private final java.util.function.BooleanSupplier replies;

    /** @param apiPath the API's path inside the app, e.g. {@code /callpipeline/api} */
    public CallViews(ZoneId zone, String apiPath, PhoneNumbers phones) {
        this(zone, apiPath, phones, () -> false);
    }

    /** @param replies whether the app sends replies (messaging is configured): the tab offers sending then */
    public CallViews(ZoneId zone, String apiPath, PhoneNumbers phones, java.util.function.BooleanSupplier replies) {
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT).withZone(zone);
        this.apiPath = apiPath;
        this.phones = phones;
        this.replies = replies;
    }

    /** The zone dates are shown (and searched) in. */
    public ZoneId timeZone() {
        return zone;
    }

    /** A moment as the tab shows it: {@code dd.MM.yyyy HH:mm} in the CRM's zone. */
    public String time(java.time.Instant moment) {
        return time.format(moment);
    }

    /** @param contextPath the servlet context path, prefixed to the audio URL */
    public CallView of(CallLog call, String contextPath) {
        return of(call, contextPath, List.of());
    }

    /**
     * @param words a search's words, each with the forms it was looked for in (see
     *              {@code CallSearch.words()}); the first segment holding one is the view's match
     */
    public CallView of(CallLog call, String contextPath, List<List<String>> words) {
        Customer customer = call.getCustomer();
        CallView.Error error = call.getLastErrorCode() == null ? null : errorOf(call);
        CallTranscript transcript = call.getTranscript();
        String counterpart = call.getCounterpartNumber();
        return new CallView(call.getId(), call.getRecordingSid(), call.getCallSid(),
                customer == null ? null : customer.getId(), customer == null ? null : customer.displayName(),
                counterpart, counterpart != null && phones.isWithheld(counterpart), call.getDirection(),
                call.getOccurredAt(), time.format(call.getOccurredAt()), call.getDurationSeconds(),
                call.getStatus(), call.getStage(), call.getStatus().isFinal(),
                call.getAttempts(), error, transcriptOf(transcript), responseOf(call, transcript,
                        replies.getAsBoolean() && counterpart != null && counterpart.startsWith("+")),
                call.hasAudio() ? contextPath + apiPath + "/calls/" + call.getId() + "/audio" : null,
                call.getUpdatedAt(), call.getOrigin(), matchOf(transcript, words), call.getAudioDeletedAt());
    }

    private static CallView.Match matchOf(CallTranscript transcript, List<List<String>> words) {
        if (transcript == null || words.isEmpty()) {
            return null;
        }
        List<TranscriptSegment> segments = transcript.getSegments();
        for (int i = 0; i < segments.size(); i++) {
            String text = TranscriptFeatures.normalize(segments.get(i).text());
            if (words.stream().flatMap(List::stream).anyMatch(text::contains)) {
                return new CallView.Match(i, segments.get(i).startSeconds());
            }
        }
        return null;
    }

    /**
     * The reason as an agent reads it. An unexpected error's or a store failure's text came from an
     * exception (a driver's message, a host name, a value) and is never shown: its label is.
     */
    private static CallView.Error errorOf(CallLog call) {
        ReasonCode reason = ReasonCode.of(call.getLastErrorCode()).orElse(ReasonCode.UNEXPECTED_ERROR);
        boolean internal = reason == ReasonCode.UNEXPECTED_ERROR || reason == ReasonCode.STORE_UNAVAILABLE;
        return new CallView.Error(call.getLastErrorCode(), reason.label(), internal ? reason.label() : call.getLastError(),
                call.getStage() == ProcessingStage.FAILED);
    }

    private static CallView.TranscriptView transcriptOf(CallTranscript transcript) {
        if (transcript == null) {
            return null;
        }
        Set<Integer> invented = Set.copyOf(transcript.getHallucinatedSegments());
        List<CallView.Segment> segments = new ArrayList<>();
        List<TranscriptSegment> stored = transcript.getSegments();
        for (int i = 0; i < stored.size(); i++) {
            TranscriptSegment s = stored.get(i);
            segments.add(new CallView.Segment(i, s.startSeconds(), s.endSeconds(), s.text().strip(), invented.contains(i),
                    s.speaker() == null ? null : s.speaker().name().toLowerCase(Locale.ROOT)));
        }
        return new CallView.TranscriptView(transcript.getLanguage(),
                LanguageNames.inHebrew(transcript.getLanguage()).orElse(null), transcript.getTranscriptionPasses(),
                transcript.getText(), segments,
                transcript.getTranscriptionModel(), transcript.getGibberish(), transcript.getGibberishReason(),
                transcript.getGibberishExplanation(), transcript.getRedactions().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new CallView.Redacted(e.getKey().name().toLowerCase(Locale.ROOT), e.getKey().label(),
                                e.getValue()))
                        .toList(),
                transcript.getSilencedSpans().stream().map(s -> new CallView.Silenced(s.start(), s.end())).toList());
    }

    /** Each field with the last decision about it (a decision about a field the answer no longer has is history only). */
    private static CallView.Extracted extractedOf(CallTranscript transcript) {
        List<FieldDecision> decisions = transcript.getFieldDecisions();
        Map<String, FieldDecision> last = new HashMap<>();
        decisions.forEach(decision -> last.put(decision.field(), decision));
        List<CallView.Field> fields = transcript.getExtractedFields().stream().map(field -> {
            FieldDecision decision = last.get(field.name());
            return decision == null
                    ? new CallView.Field(field.name(), field.label(), field.value(), null, null, null, null)
                    : new CallView.Field(field.name(), field.label(), field.value(),
                            decision.kind().name().toLowerCase(Locale.ROOT), decision.value(), decision.decidedBy(),
                            Instant.parse(decision.decidedAt()));
        }).toList();
        return new CallView.Extracted(transcript.getExtractionSchema(), fields, decisions);
    }

    private static CallView.ResponseView responseOf(CallLog call, CallTranscript transcript, boolean canReply) {
        if (transcript == null || transcript.getSummary() == null) {
            return null;
        }
        return new CallView.ResponseView(transcript.getSummary(), transcript.getSuggestedReply(),
                transcript.getIntent(), Boolean.TRUE.equals(transcript.getFollowUpNeeded()),
                extractedOf(transcript),
                transcript.getResponseModel(), transcript.getEarlierAnswers(),
                transcript.getLeadScore() == null ? null
                        : new CallView.Lead(transcript.getLeadScore(), transcript.getLeadScoreReason()),
                call.getTasks().stream().map(CallViews::taskOf).toList(),
                call.getReplies().stream().map(CallViews::replyOf).toList(), canReply);
    }

    private static CallView.Reply replyOf(io.callpipeline.crm.call.SentReply reply) {
        io.callpipeline.crm.reply.ReplyStatus status = io.callpipeline.crm.reply.ReplyStatus.valueOf(reply.status());
        return new CallView.Reply(reply.id(), ReplyChannel.valueOf(reply.channel().toUpperCase(Locale.ROOT)), reply.to(),
                reply.body(), status, status.hebrew(), reply.errorCode(), reply.errorMessage() == null
                        ? null : reply.refusal() != null && !"twilio".equals(reply.refusal()) ? reply.errorMessage()
                        : io.callpipeline.crm.reply.ReplyRefusals.twilio(reply.errorCode()),
                reply.sentBy(), reply.createdAt(), reply.updatedAt());
    }

    /** A task as the tab and the "today" list show it. */
    public static CallView.Task taskOf(CallTask task) {
        return new CallView.Task(task.getId(), task.getTask(), task.getWhenSaid(), task.getDueDate(),
                dayLabel(task.getDueDate()), task.getStatus(), task.getDoneBy(),
                task.getDoneAt());
    }

    /** A day as an agent reads it: {@code יום חמישי, 10.12.2026}; {@code null} for none. */
    public static String dayLabel(java.time.LocalDate day) {
        return day == null ? null : day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, HEBREW) + ", "
                + DAY.format(day);
    }

    private static final Locale HEBREW = Locale.forLanguageTag("he");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
}
