package io.callpipeline.core;

/**
 * Identifiers and JSON bodies shaped exactly like Twilio's and OpenAI's answers (see
 * shared/reference), for WireMock stubs.
 */
public final class Fixtures {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String OTHER_ACCOUNT_SID = "ACffffffffffffffffffffffffffffffff";
    public static final String CALL_SID = "CA11111111111111111111111111111111";
    public static final String OTHER_CALL_SID = "CA22222222222222222222222222222222";
    public static final String RECORDING_SID = "RE33333333333333333333333333333333";
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";
    public static final String HEBREW_TEXT = "שלום, אני מתקשר לגבי הדירה ברמת גן. אפשר לחזור אליי?";

    private Fixtures() {
    }

    public static String recordingPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".json";
    }

    public static String mediaPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".mp3";
    }

    /** The WAV the pipeline downloads by default. */
    public static String wavPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".wav";
    }

    public static String callPath(String callSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + callSid + ".json";
    }

    /** A recording resource as {@code GET …/Recordings/{Sid}.json} returns it. */
    public static String recordingJson(String accountSid, String callSid, String recordingSid, String status) {
        return """
            {"account_sid":"%1$s","api_version":"2010-04-01","call_sid":"%2$s","conference_sid":null,
             "channels":1,"date_created":"Fri, 14 Oct 2016 21:56:34 +0000","date_updated":"Fri, 14 Oct 2016 21:56:38 +0000",
             "start_time":"Fri, 14 Oct 2016 21:56:34 +0000","price":"-0.00250","price_unit":"USD","duration":"4",
             "sid":"%3$s","source":"RecordVerb","status":"%4$s","error_code":null,"encryption_details":null,
             "uri":"/2010-04-01/Accounts/%1$s/Recordings/%3$s.json",
             "subresource_uris":{"add_on_results":"/2010-04-01/Accounts/%1$s/Recordings/%3$s/AddOnResults.json",
                                 "transcriptions":"/2010-04-01/Accounts/%1$s/Recordings/%3$s/Transcriptions.json"},
             "media_url":"https://api.twilio.com/2010-04-01/Accounts/%1$s/Recordings/%3$s"}
            """.formatted(accountSid, callSid, recordingSid, status);
    }

    public static String recordingJson() {
        return recordingJson(ACCOUNT_SID, CALL_SID, RECORDING_SID, "completed");
    }

    /** A call resource as {@code GET …/Calls/{Sid}.json} returns it. */
    public static String callJson(String callSid, String from) {
        return """
            {"sid":"%2$s","account_sid":"%1$s","api_version":"2010-04-01","parent_call_sid":null,
             "date_created":"Fri, 14 Oct 2016 21:56:30 +0000","date_updated":"Fri, 14 Oct 2016 21:57:00 +0000",
             "to":"+97235551234","to_formatted":"035551234","from":"%3$s","from_formatted":"054-123-4567",
             "phone_number_sid":null,"status":"completed","start_time":"Fri, 14 Oct 2016 21:56:31 +0000",
             "end_time":"Fri, 14 Oct 2016 21:56:45 +0000","duration":"14","price":null,"price_unit":"USD",
             "direction":"inbound","answered_by":null,"forwarded_from":null,"group_sid":null,"caller_name":null,
             "queue_time":"0","trunk_sid":null,"uri":"/2010-04-01/Accounts/%1$s/Calls/%2$s.json",
             "subresource_uris":{"recordings":"/2010-04-01/Accounts/%1$s/Calls/%2$s/Recordings.json"}}
            """.formatted(ACCOUNT_SID, callSid, from);
    }

    public static String callJson() {
        return callJson(CALL_SID, "+972541234567");
    }

    /** Twilio's error body. */
    public static String twilioError(int status, int code, String message) {
        return """
            {"code":%2$d,"message":"%3$s","more_info":"https://www.twilio.com/docs/errors/%2$d","status":%1$d}
            """.formatted(status, code, message);
    }

    /** A whisper-1 {@code verbose_json} transcription with one segment spanning {@code seconds}. */
    public static String verboseTranscription(String text, double seconds) {
        return """
            {"task":"transcribe","language":"hebrew","duration":%2$s,"text":"%1$s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":%2$s,"text":"%1$s",
               "tokens":[50364,2421],"temperature":0.0,"avg_logprob":-0.21,"compression_ratio":1.1,
               "no_speech_prob":0.01}]}
            """.formatted(text, seconds);
    }

    /** A chat completion whose message content is {@code content} (a JSON string, escaped here). */
    public static String chatCompletion(String content, String finishReason) {
        return """
            {"id":"chatcmpl-abc123","object":"chat.completion","created":1732600000,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
               "finish_reason":"%s"}],
             "usage":{"prompt_tokens":120,"completion_tokens":80,"total_tokens":200}}
            """.formatted(jsonString(content), finishReason);
    }

    public static String callResponseContent() {
        return """
            {"summary":"המתקשר מחפש דירת 4 חדרים ברמת גן ומבקש שיחזרו אליו.",
             "suggested_reply":"שלום, תודה שפנית. אחזור אליך היום עם דירות מתאימות ברמת גן.",
             "intent":"קנייה",
             "lead_details":{"budget":null,"rooms":"4","area":"רמת גן","property_type":"דירה","timeframe":null},
             "follow_up_needed":true}
            """;
    }

    public static String chatCompletion() {
        return chatCompletion(callResponseContent(), "stop");
    }

    /** OpenAI's error body. */
    public static String openAiError(String message, String type, String code) {
        return """
            {"error":{"message":"%s","type":"%s","param":null,"code":%s}}
            """.formatted(message, type, code == null ? "null" : "\"" + code + "\"");
    }

    private static String jsonString(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
