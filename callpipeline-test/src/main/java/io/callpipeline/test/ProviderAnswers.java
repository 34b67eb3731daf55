package io.callpipeline.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies Twilio's REST API and OpenAI answer with, in the shapes they document: a recording, a
 * call, a page of recordings, the account, a number, a model, Twilio's 404, a {@code verbose_json}
 * transcription and a structured chat completion. Only the content is made up; field names, types
 * and date formats are the providers' own, so the real SDKs parse them as they parse the services.
 */
public final class ProviderAnswers {

    /** Twilio's date format (RFC 2822), e.g. {@code Fri, 14 Oct 2016 21:56:34 +0000}. */
    public static final DateTimeFormatter TWILIO_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderAnswers() {
    }

    /** Now, as Twilio writes dates. */
    public static String now() {
        return TWILIO_DATE.format(ZonedDateTime.now());
    }

    /** {@code GET /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json} of a completed recording. */
    public static String recording(String accountSid, String callSid, String recordingSid, int seconds, String date) {
        return recording(accountSid, callSid, recordingSid, seconds, date, "completed", 1);
    }

    /** The same, with any status ({@code processing}, {@code absent}…) and channel count. */
    public static String recording(String accountSid, String callSid, String recordingSid, int seconds, String date,
            String status, int channels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account_sid", accountSid);
        body.put("api_version", "2010-04-01");
        body.put("call_sid", callSid);
        body.put("conference_sid", null);
        body.put("channels", channels);
        body.put("date_created", date);
        body.put("date_updated", date);
        body.put("start_time", date);
        body.put("price", "-0.00250");
        body.put("price_unit", "USD");
        body.put("duration", Integer.toString(seconds));
        body.put("sid", recordingSid);
        body.put("source", "RecordVerb");
        body.put("status", status);
        body.put("error_code", null);
        body.put("encryption_details", null);
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".json");
        body.put("subresource_uris", Map.of());
        body.put("media_url", "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid);
        return write(body);
    }

    /** One page of {@code GET …/Recordings.json}, holding {@code recordings} (each a recording's JSON), the last page. */
    public static String recordingList(String accountSid, List<String> recordings) {
        int pageSize = Math.max(50, recordings.size());
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Recordings.json?PageSize=" + pageSize + "&Page=0";
        return "{\"recordings\":[" + String.join(",", recordings) + "],\"start\":0,\"end\":"
                + Math.max(0, recordings.size() - 1) + ",\"page\":0,\"page_size\":" + pageSize
                + ",\"uri\":\"" + uri + "\",\"first_page_uri\":\"" + uri + "\",\"next_page_uri\":null,"
                + "\"previous_page_uri\":null}";
    }

    /** {@code GET …/Calls/{Sid}.json} of a completed call. */
    public static String call(String accountSid, String callSid, String from, String to, String direction,
            int seconds, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sid", callSid);
        body.put("account_sid", accountSid);
        body.put("from", from);
        body.put("to", to);
        body.put("direction", direction);
        body.put("status", "completed");
        body.put("start_time", date);
        body.put("duration", Integer.toString(seconds));
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json");
        return write(body);
    }

    /** Twilio's answer for a resource it does not have. */
    public static String notFound() {
        return write(Map.of("code", 20404, "message", "The requested resource was not found",
                "more_info", "https://www.twilio.com/docs/errors/20404", "status", 404));
    }

    /** {@code GET /2010-04-01/Accounts/{Sid}.json}. */
    public static String account(String accountSid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sid", accountSid);
        body.put("friendly_name", "Test account");
        body.put("status", "active");
        body.put("type", "Full");
        body.put("date_created", "Fri, 14 Oct 2016 21:56:34 +0000");
        body.put("date_updated", "Fri, 14 Oct 2016 21:56:34 +0000");
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + ".json");
        return write(body);
    }

    /** {@code GET …/IncomingPhoneNumbers.json?PhoneNumber=…}: one number whose voice URL is {@code voiceUrl}. */
    public static String incomingPhoneNumbers(String accountSid, String phoneNumber, String voiceUrl) {
        String sid = "PNdeadbeefdeadbeefdeadbeefdeadbeef";
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("sid", sid);
        number.put("account_sid", accountSid);
        number.put("phone_number", phoneNumber);
        number.put("friendly_name", phoneNumber);
        number.put("voice_url", voiceUrl);
        number.put("voice_method", "POST");
        number.put("status_callback", null);
        number.put("uri", "/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers/" + sid + ".json");
        String page = "/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers.json?PageSize=50&Page=0";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incoming_phone_numbers", List.of(number));
        body.put("page", 0);
        body.put("page_size", 50);
        body.put("first_page_uri", page);
        body.put("next_page_uri", null);
        body.put("previous_page_uri", null);
        body.put("uri", page);
        body.put("start", 0);
        body.put("end", 0);
        return write(body);
    }

    /** OpenAI's {@code GET /v1/models/{id}}. */
    public static String model(String id) {
        return write(Map.of("id", id, "object", "model", "created", 1677610602, "owned_by", "openai"));
    }

    /** A segment of a {@code verbose_json} transcription, with Whisper's per-segment signals. */
    public record Segment(double start, double end, String text, double avgLogprob, double noSpeechProb) {

        /** A clearly spoken segment. */
        public static Segment spoken(double start, double end, String text) {
            return new Segment(start, end, text, -0.2, 0.02);
        }
    }

    /**
     * Twilio's {@code 201 Created} answer to {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: the
     * message as queued, with its {@code SM…} sid (Twilio's Messaging docs).
     */
    public static String message(String accountSid, String messageSid, String from, String to, String body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("account_sid", accountSid);
        message.put("api_version", "2010-04-01");
        message.put("body", body);
        message.put("date_created", "Thu, 03 Dec 2026 10:15:30 +0000");
        message.put("date_sent", null);
        message.put("date_updated", "Thu, 03 Dec 2026 10:15:30 +0000");
        message.put("direction", "outbound-api");
        message.put("error_code", null);
        message.put("error_message", null);
        message.put("from", from);
        message.put("messaging_service_sid", null);
        message.put("num_media", "0");
        message.put("num_segments", "1");
        message.put("price", null);
        message.put("price_unit", "USD");
        message.put("sid", messageSid);
        message.put("status", "queued");
        message.put("subresource_uris", Map.of("media", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + messageSid
                + "/Media.json"));
        message.put("to", to);
        message.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + messageSid + ".json");
        return write(message);
    }

    /** Twilio's error answer (e.g. 400 with code 21610 for a recipient who replied STOP). */
    public static String twilioError(int code, String message, int status) {
        return write(Map.of("code", code, "message", message, "more_info", "https://www.twilio.com/docs/errors/" + code,
                "status", status));
    }

    /** A message status callback's form (Twilio signs it like every webhook). */
    public static Map<String, String> messageStatus(String accountSid, String messageSid, String status, Integer errorCode,
            String from, String to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", accountSid);
        form.put("MessageSid", messageSid);
        form.put("SmsSid", messageSid);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("From", from);
        form.put("To", to);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", String.valueOf(errorCode));
        }
        return form;
    }

    /** An incoming message's webhook form: {@code From} is {@code whatsapp:+972…} on WhatsApp. */
    public static Map<String, String> incomingMessage(String accountSid, String from, String to, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", accountSid);
        form.put("MessageSid", "SM" + java.util.UUID.randomUUID().toString().replace("-", ""));
        form.put("From", from);
        form.put("To", to);
        form.put("Body", body);
        form.put("NumMedia", "0");
        form.put("NumSegments", "1");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** OpenAI's {@code POST /v1/audio/transcriptions} with {@code response_format=verbose_json}. */
    public static String transcription(String language, List<Segment> segments) {
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("id", i);
            segment.put("seek", 0);
            segment.put("start", s.start());
            segment.put("end", s.end());
            segment.put("text", " " + s.text());
            segment.put("tokens", List.of(50364));
            segment.put("temperature", 0.0);
            segment.put("avg_logprob", s.avgLogprob());
            segment.put("compression_ratio", 1.1);
            segment.put("no_speech_prob", s.noSpeechProb());
            items.add(segment);
            text.append(i == 0 ? "" : " ").append(s.text());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", "transcribe");
        body.put("language", language);
        body.put("duration", segments.isEmpty() ? 0.0 : segments.get(segments.size() - 1).end());
        body.put("text", text.toString());
        body.put("segments", items);
        return write(body);
    }

    /**
     * The answer the responder asks for: what the call was about, a reply to propose, and the lead's
     * details, as OpenAI's {@code POST /v1/chat/completions} returns a strict structured output.
     */
    public record Response(String summary, String suggestedReply, String intent, String budget, String area,
            String propertyType, boolean followUpNeeded, List<Step> nextSteps, Integer leadScore,
            String leadScoreReason) {

        public Response {
            nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        }

        /** An answer proposing no next step and giving no score. */
        public Response(String summary, String suggestedReply, String intent, String budget, String area,
                String propertyType, boolean followUpNeeded) {
            this(summary, suggestedReply, intent, budget, area, propertyType, followUpNeeded, List.of(), null, null);
        }
    }

    /**
     * One next step as the model gives it: what to do, when in the call's words, and the kind of "when" the
     * calendar counts from ({@code TODAY}, {@code WEEKDAY} with a weekday such as {@code THURSDAY},
     * {@code IN_WEEKS} with a count, {@code AFTER_HOLIDAY} with a holiday such as {@code THE_HOLIDAYS}…).
     */
    public record Step(String task, String whenSaid, String dueKind, String weekday, Integer count, String holiday,
            Integer day, Integer month) {

        /** A step whose kind needs no value ({@code NONE}, {@code TODAY}, {@code TOMORROW}, {@code NEXT_WEEK}…). */
        public static Step of(String task, String whenSaid, String dueKind) {
            return new Step(task, whenSaid, dueKind, null, null, null, null, null);
        }

        /** A step due on a weekday ({@code SUNDAY}…{@code SATURDAY}). */
        public static Step onWeekday(String task, String whenSaid, String weekday) {
            return new Step(task, whenSaid, "WEEKDAY", weekday, null, null, null, null);
        }

        Map<String, Object> json() {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("task", task);
            step.put("when_said", whenSaid);
            step.put("due_kind", dueKind);
            step.put("weekday", weekday);
            step.put("count", count);
            step.put("holiday", holiday);
            step.put("day", day);
            step.put("month", month);
            return step;
        }
    }

    /** OpenAI's {@code POST /v1/chat/completions} whose message content is {@code response} as JSON. */
    public static String chatCompletion(Response response) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("budget", response.budget());
        lead.put("rooms", null);
        lead.put("area", response.area());
        lead.put("property_type", response.propertyType());
        lead.put("timeframe", null);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("summary", response.summary());
        content.put("suggested_reply", response.suggestedReply());
        content.put("intent", response.intent());
        content.put("lead_details", lead);
        content.put("follow_up_needed", response.followUpNeeded());
        content.put("real_call", true); // the model's second opinion: a real call
        content.put("not_a_call_reason", null);
        content.put("next_steps", response.nextSteps().stream().map(Step::json).toList());
        content.put("lead_score", response.leadScore());
        content.put("lead_score_reason", response.leadScoreReason());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", write(content));
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-test");
        body.put("object", "chat.completion");
        body.put("created", 1764158400);
        body.put("model", "gpt-4o-mini-2024-07-18");
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", 180, "completion_tokens", 95, "total_tokens", 275));
        return write(body);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
