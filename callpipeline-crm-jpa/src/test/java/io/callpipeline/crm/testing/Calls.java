package io.callpipeline.crm.testing;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.gibberish.GibberishVerdict;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.nextstep.Due;
import io.callpipeline.core.nextstep.DueKind;
import io.callpipeline.core.nextstep.NextStep;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.LeadScore;
import java.time.LocalDate;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Call records at each step, as the pipeline saves them, for the CRM's tests. */
public final class Calls {

    /** The agency the tests' calls and customers belong to: {@code callpipeline.routing.default-agency} in their properties. */
    public static final String AGENCY = "tlv";
    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final Instant STARTED = Instant.parse("2026-11-26T12:03:00Z");
    public static final String TEXT = "שלום, אני מתקשר לגבי הדירה ברחוב הרצל 12 ברמת גן. יש לי תקציב של 2.5 מיליון ₪, "
            + "אפשר לחזור אליי ב-WhatsApp?";
    public static final List<TranscriptSegment> SEGMENTS = List.of(
            new TranscriptSegment(0.0, 3.5, "שלום, אני מתקשר לגבי הדירה ברחוב הרצל 12 ברמת גן.", -0.2, 0.01, 1.1),
            new TranscriptSegment(3.5, 7.25, "יש לי תקציב של 2.5 מיליון ₪, אפשר לחזור אליי ב-WhatsApp?", -0.3, 0.02, 1.2));

    private Calls() {
    }

    public static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    public static CallRecord received(String recordingSid, String callSid) {
        return CallRecord.received(new RecordingEvent(ACCOUNT_SID, callSid, recordingSid,
                "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid,
                "completed", 7, 1, "RecordVerb", STARTED, null));
    }

    public static CallRecord verified(CallRecord received, String from) {
        return verified(received, new CallDetails(received.event().callSid(), from, "+97235551234", CallDirection.INBOUND,
                STARTED.minusSeconds(5), 12));
    }

    public static CallRecord verified(CallRecord received, CallDetails call) {
        return received.verified(
                new RecordingInfo(received.recordingSid(), ACCOUNT_SID, received.event().callSid(), "completed", 7, 1,
                        "RecordVerb", STARTED), call);
    }

    public static CallRecord transcribed(CallRecord verified) {
        return verified.transcribed(new Transcript("he", TEXT, SEGMENTS, "whisper-1", 7.25));
    }

    public static CallRecord checked(CallRecord transcribed) {
        return transcribed.checked(GibberishVerdict.ok(List.of()));
    }

    /** The steps every completed call's answer proposes: one dated from the call's day (Thursday 26.11.2026), one not. */
    public static final List<NextStep> STEPS = List.of(
            new NextStep("לשלוח שלוש דירות ברמת גן", "מחר", Due.of(DueKind.TOMORROW), LocalDate.parse("2026-11-27")),
            new NextStep("לבדוק אישור משכנתא", null, Due.NONE, null));

    public static CallRecord completed(CallRecord checked) {
        return checked.responded(new CallResponse("הלקוח מתעניין בדירה ברמת גן בתקציב 2.5 מיליון ₪.",
                "שלום! אשמח לחזור אליך ב-WhatsApp עם פרטים על הדירה.", "קנייה",
                realEstate("2.5 מיליון ₪", null, "רמת גן", "דירה", null), true, "gpt-4o-mini", true, null, STEPS,
                new LeadScore(75, "תקציב ואזור ברורים")));
    }

    /** The default schema's fields as the model fills them. */
    public static ExtractedFields realEstate(String budget, String rooms, String area, String type, String timeframe) {
        return new ExtractedFields("real-estate-lead", List.of(new ExtractedField("budget", "תקציב", budget),
                new ExtractedField("rooms", "חדרים", rooms), new ExtractedField("area", "אזור", area),
                new ExtractedField("property_type", "סוג נכס", type), new ExtractedField("timeframe", "מועד", timeframe)));
    }

    /** Waits up to 30 s for the call of this recording to reach a final status. */
    public static CallLog awaitFinished(CallHistory calls, String recordingSid) throws InterruptedException {
        return org.awaitility.Awaitility.await("call " + recordingSid + " to finish")
                .atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> calls.findByRecordingSid(recordingSid).orElse(null),
                        call -> call != null && call.getStatus().isFinal());
    }

    /** A whole call, from a caller, all the way to completed. */
    public static List<CallRecord> steps(String from) {
        CallRecord received = received(sid("RE"), sid("CA"));
        return steps(received, verified(received.startingRun(), from)); // the pipeline's first run
    }

    /** A whole call the agent made from our number to {@code to}, all the way to completed. */
    public static List<CallRecord> outboundSteps(String to) {
        CallRecord received = received(sid("RE"), sid("CA"));
        return steps(received, verified(received.startingRun(), new CallDetails(received.event().callSid(),
                "+97235551234", to, CallDirection.OUTBOUND, STARTED.minusSeconds(5), 12)));
    }

    private static List<CallRecord> steps(CallRecord received, CallRecord verified) {
        CallRecord transcribed = transcribed(verified);
        CallRecord checked = checked(transcribed);
        return List.of(received, verified, transcribed, checked, completed(checked));
    }
}
