package io.callpipeline.demo.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's answers, in the shapes Twilio and OpenAI document (shared/reference): a recording
 * and its call, the account and the number, a Hebrew {@code verbose_json} transcription of the
 * bundled recording, and a structured chat completion. Only the content is made up.
 */
final class SandboxAnswers {

    /** What the bundled recording says (spoken by espeak-ng in Hebrew). */
    static final List<String> SPEECH = List.of("שלום, אני מתקשר לגבי הדירה ברמת גן.",
            "יש לי תקציב של שני מיליון וחצי שקל.", "אפשר לחזור אליי?");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxAnswers() {
    }

    static String speechTranscription() {
        double[] bounds = {0.0, 3.4, 6.6, 8.4};
        List<Map<String, Object>> segments = new java.util.ArrayList<>();
        for (int i = 0; i < SPEECH.size(); i++) {
            segments.add(segment(i, bounds[i], bounds[i + 1], " " + SPEECH.get(i), -0.18, 0.02));
        }
        return transcription(String.join(" ", SPEECH), bounds[3], segments);
    }

    static String silenceTranscription() {
        return transcription("תודה רבה.", 4.0, List.of(segment(0, 0.0, 4.0, " תודה רבה.", -0.9, 0.86)));
    }

    private static String transcription(String text, double duration, List<Map<String, Object>> segments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", "transcribe");
        body.put("language", "hebrew");
        body.put("duration", duration);
        body.put("text", text);
        body.put("segments", segments);
        return write(body);
    }

    private static Map<String, Object> segment(int id, double start, double end, String text, double logprob,
            double noSpeech) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("id", id);
        segment.put("seek", 0);
        segment.put("start", start);
        segment.put("end", end);
        segment.put("text", text);
        segment.put("tokens", List.of(50364));
        segment.put("temperature", 0.0);
        segment.put("avg_logprob", logprob);
        segment.put("compression_ratio", 1.1);
        segment.put("no_speech_prob", noSpeech);
        return segment;
    }

    static String chatCompletion() {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("budget", "2.5 מיליון ₪");
        lead.put("rooms", null);
        lead.put("area", "רמת גן");
        lead.put("property_type", "דירה");
        lead.put("timeframe", null);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("summary", "המתקשר מתעניין בדירה ברמת גן בתקציב של כ-2.5 מיליון ₪ ומבקש שיחזרו אליו.");
        content.put("suggested_reply", "שלום, תודה על פנייתך! אשמח לחזור אליך עוד היום עם דירות מתאימות ברמת גן "
                + "בתקציב של 2.5 מיליון ₪.");
        content.put("intent", "קנייה");
        content.put("lead_details", lead);
        content.put("follow_up_needed", true);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", write(content));
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-sandbox");
        body.put("object", "chat.completion");
        body.put("created", 1764158400);
        body.put("model", "gpt-4o-mini-2024-07-18");
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", 180, "completion_tokens", 95, "total_tokens", 275));
        return write(body);
    }

    static String notFound() {
        return write(Map.of("code", 20404, "message", "The requested resource was not found",
                "more_info", "https://www.twilio.com/docs/errors/20404", "status", 404));
    }

    static String model(String id) {
        return write(Map.of("id", id, "object", "model", "created", 1677610602, "owned_by", "openai"));
    }

    static String account(String accountSid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sid", accountSid);
        body.put("friendly_name", "Sandbox account");
        body.put("status", "active");
        body.put("type", "Full");
        body.put("date_created", "Fri, 14 Oct 2016 21:56:34 +0000");
        body.put("date_updated", "Fri, 14 Oct 2016 21:56:34 +0000");
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + ".json");
        return write(body);
    }

    static String incomingPhoneNumbers(String accountSid, String phoneNumber, String voiceUrl) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("sid", "PNdeadbeefdeadbeefdeadbeefdeadbeef");
        number.put("account_sid", accountSid);
        number.put("phone_number", phoneNumber);
        number.put("friendly_name", phoneNumber);
        number.put("voice_url", voiceUrl);
        number.put("voice_method", "POST");
        number.put("status_callback", null);
        number.put("uri", "/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers/PNdeadbeefdeadbeefdeadbeefdeadbeef.json");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incoming_phone_numbers", List.of(number));
        body.put("page", 0);
        body.put("page_size", 50);
        body.put("first_page_uri", "/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers.json?PageSize=50&Page=0");
        body.put("next_page_uri", null);
        body.put("previous_page_uri", null);
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers.json?PageSize=50&Page=0");
        body.put("start", 0);
        body.put("end", 0);
        return write(body);
    }

    static String recording(String accountSid, String callSid, String recordingSid, int seconds, String now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account_sid", accountSid);
        body.put("api_version", "2010-04-01");
        body.put("call_sid", callSid);
        body.put("conference_sid", null);
        body.put("channels", 1);
        body.put("date_created", now);
        body.put("date_updated", now);
        body.put("start_time", now);
        body.put("price", "-0.00250");
        body.put("price_unit", "USD");
        body.put("duration", Integer.toString(seconds));
        body.put("sid", recordingSid);
        body.put("source", "RecordVerb");
        body.put("status", "completed");
        body.put("error_code", null);
        body.put("encryption_details", null);
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid + ".json");
        body.put("subresource_uris", Map.of());
        body.put("media_url", "https://api.twilio.com/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid);
        return write(body);
    }

    /** One page of {@code GET …/Recordings.json} holding {@code recordings} (each a recording's JSON). */
    static String recordingList(String accountSid, List<String> recordings) {
        String uri = "/2010-04-01/Accounts/" + accountSid + "/Recordings.json?PageSize=" + Math.max(50, recordings.size())
                + "&Page=0";
        return "{\"recordings\":[" + String.join(",", recordings) + "],\"start\":0,\"end\":"
                + Math.max(0, recordings.size() - 1) + ",\"page\":0,\"page_size\":" + Math.max(50, recordings.size())
                + ",\"uri\":\"" + uri + "\",\"first_page_uri\":\"" + uri + "\",\"next_page_uri\":null,"
                + "\"previous_page_uri\":null}";
    }

    static String call(String accountSid, String callSid, String from, int seconds, String now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sid", callSid);
        body.put("account_sid", accountSid);
        body.put("from", from);
        body.put("to", SandboxMode.PHONE_NUMBER);
        body.put("direction", "inbound");
        body.put("status", "completed");
        body.put("start_time", now);
        body.put("duration", Integer.toString(seconds));
        body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Calls/" + callSid + ".json");
        return write(body);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
