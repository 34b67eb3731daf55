package io.callpipeline.crm.reply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.callpipeline.test.ProviderAnswers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent's reply, sent through twilio-java to a WireMock Twilio answering with the documented Messages
 * shapes: sent once per key however often it is pressed, its status moved only forward by signed callbacks,
 * and every refusal (opted out, outside WhatsApp's window, too long, withheld, Twilio's own) kept on the call
 * with its reason in Hebrew, without a request that could not succeed. Run on H2 and on PostgreSQL
 * ({@link CallReplyH2Test}, {@link CallReplyPostgresTest}).
 */
abstract class CallReplyContract {

    static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String MESSAGES = "/2010-04-01/Accounts/" + StubbedProviders.ACCOUNT_SID + "/Messages.json";
    private static final String CALLER = "+972545551234";
    private static final String OURS = "+97235551234";

    static {
        TWILIO.start();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private long callId;

    @BeforeEach
    void aCompletedCall() {
        jdbc.update("delete from callpipeline_messaging_contact");
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        TWILIO.resetAll();
        callId = call(CALLER);
        TWILIO.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(ProviderAnswers.message(StubbedProviders.ACCOUNT_SID, "SM" + "a".repeat(32), OURS, CALLER,
                        "x"))));
    }

    private long call(String from) {
        List<CallRecord> steps = Calls.steps(from);
        steps.forEach(store::save);
        return calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();
    }

    private HttpResponse<String> send(long call, String channel, String body, String key) throws Exception {
        String request = json.writeValueAsString(Map.of("channel", channel, "body", body, "key", key));
        return http.send(HttpRequest.newBuilder(URI.create(api("/calls/" + call + "/reply")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String api(String path) {
        return "http://localhost:" + port + "/callpipeline/api" + path;
    }

    private JsonNode replies(HttpResponse<String> answer) throws Exception {
        return json.readTree(answer.body()).path("response").path("replies");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private int status(long reply, String status, Integer errorCode, boolean signed) throws Exception {
        String url = "http://localhost:" + port + "/webhook/messages/status?reply=" + reply;
        Map<String, String> form = ProviderAnswers.messageStatus(StubbedProviders.ACCOUNT_SID, "SM" + "a".repeat(32),
                status, errorCode, OURS, CALLER);
        HttpRequest request = signed ? TwilioSignatures.signedPost(StubbedProviders.AUTH_TOKEN, url, form)
                : TwilioSignatures.signedPost("not-our-token", url, form);
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int inbound(String from, String body) throws Exception {
        String url = "http://localhost:" + port + "/webhook/messages/inbound";
        return http.send(TwilioSignatures.signedPost(StubbedProviders.AUTH_TOKEN, url,
                ProviderAnswers.incomingMessage(StubbedProviders.ACCOUNT_SID, from, OURS, body)),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aReplyIsSentOnceFromTheNumberCalledWithItsStatusCallbackWhateverTheNumberOfPresses() throws Exception {
        String key = key();
        HttpResponse<String> first = send(callId, "sms", "  שלום, אשלח לך היום שלוש דירות ברמת גן  ", key);
        HttpResponse<String> again = send(callId, "sms", "שלום, אשלח לך היום שלוש דירות ברמת גן", key);

        assertThat(List.of(first.statusCode(), again.statusCode())).containsOnly(200);
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("To=%2B972545551234"))
                .withRequestBody(containing("From=%2B97235551234"))
                .withRequestBody(containing("StatusCallback=" + java.net.URLEncoder.encode(
                        "http://localhost:" + port + "/webhook/messages/status?reply=",
                        java.nio.charset.StandardCharsets.UTF_8))));
        JsonNode replies = replies(again);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("status").asText()).isEqualTo("queued");
        assertThat(replies.get(0).path("channel").asText()).isIn("sms", "whatsapp");
        assertThat(replies.get(0).path("statusLabel").asText()).isEqualTo("בתור לשליחה");
        assertThat(replies.get(0).path("body").asText()).isEqualTo("שלום, אשלח לך היום שלוש דירות ברמת גן");
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_reply", Integer.class)).isEqualTo(1);
    }

    @Test
    void signedStatusCallbacksMoveAReplyOnlyForwardAndARepeatOrAForgeryChangesNothing() throws Exception {
        long reply = replies(send(callId, "sms", "שלום", key())).get(0).path("id").asLong();

        assertThat(status(reply, "sent", null, true)).isEqualTo(204);
        assertThat(status(reply, "delivered", null, true)).isEqualTo(204);
        assertThat(status(reply, "sent", null, true)).as("late, out of order").isEqualTo(204);
        assertThat(status(reply, "delivered", null, true)).as("again").isEqualTo(204);
        assertThat(status(reply, "failed", 30008, false)).as("forged").isEqualTo(403);
        assertThat(status(reply + 1000, "sent", null, true)).as("no such reply").isEqualTo(404);

        JsonNode shown = replies(http.send(HttpRequest.newBuilder(URI.create(api("/calls/" + callId))).build(),
                HttpResponse.BodyHandlers.ofString())).get(0);
        assertThat(shown.path("status").asText()).isEqualTo("delivered");
        assertThat(shown.path("statusLabel").asText()).isEqualTo("נמסרה");
        assertThat(jdbc.queryForList("select status from callpipeline_reply_status where reply_id = ? order by status",
                String.class, reply)).containsExactly("DELIVERED", "SENT");
    }

    @Test
    void twiliosRefusalIsShownInHebrewAndAnOptedOutNumberGetsNoFurtherRequest() throws Exception {
        TWILIO.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(ProviderAnswers.twilioError(21610, "Attempt to send to unsubscribed recipient", 400))));

        JsonNode refused = replies(send(callId, "sms", "שלום", key())).get(0);
        JsonNode after = replies(send(callId, "sms", "שלום שוב", key())).get(1);

        assertThat(refused.path("status").asText()).isEqualTo("refused");
        assertThat(refused.path("errorCode").asInt()).isEqualTo(21610);
        assertThat(refused.path("reason").asText()).contains("STOP");
        assertThat(after.path("status").asText()).isEqualTo("refused");
        assertThat(after.path("reason").asText()).contains("STOP");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void whatsAppGoesOnlyWithinTheCustomersWindowAndStopInHebrewOptsOut() throws Exception {
        JsonNode closed = replies(send(callId, "whatsapp", "שלום", key())).get(0);
        assertThat(closed.path("status").asText()).isEqualTo("refused");
        assertThat(closed.path("reason").asText()).contains("24 השעות");
        TWILIO.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));

        assertThat(inbound("whatsapp:" + CALLER, "היי, אשמח לפרטים")).isEqualTo(200);
        JsonNode open = replies(send(callId, "whatsapp", "שלום", key())).get(1);
        assertThat(open.path("status").asText()).isEqualTo("queued");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES))
                .withRequestBody(containing("To=whatsapp%3A%2B972545551234"))
                .withRequestBody(containing("From=whatsapp%3A%2B97235551234")));

        assertThat(inbound("whatsapp:" + CALLER, "הסר")).isEqualTo(200);
        assertThat(replies(send(callId, "whatsapp", "שלום", key())).get(2).path("reason").asText()).contains("STOP");
        assertThat(replies(send(callId, "sms", "שלום", key())).get(3).path("status").asText())
                .as("an opt-out is per channel").isEqualTo("queued");
        assertThat(inbound("whatsapp:" + CALLER, "START")).isEqualTo(200);
        assertThat(replies(send(callId, "whatsapp", "שלום", key())).get(4).path("status").asText()).isEqualTo("queued");
        TWILIO.verify(3, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void whatCannotGoIsRefusedWithoutARequestAndMalformedRequestsAre400() throws Exception {
        JsonNode tooLong = replies(send(callId, "sms", "א".repeat(Replies.MAX_LENGTH + 1), key())).get(0);
        assertThat(tooLong.path("reason").asText()).contains("1,600");
        long withheld = call("Anonymous");
        assertThat(replies(send(withheld, "sms", "שלום", key())).get(0).path("reason").asText()).contains("חסוי");
        TWILIO.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));

        assertThat(send(callId, "fax", "שלום", key()).statusCode()).isEqualTo(400);
        assertThat(send(callId, "sms", "  ", key()).statusCode()).isEqualTo(400);
        assertThat(send(callId, "sms", "שלום", "short").statusCode()).isEqualTo(400);
        assertThat(send(callId + 1000, "sms", "שלום", key()).statusCode()).isEqualTo(404);
        assertThat(inbound("", "STOP")).isEqualTo(400);
    }

    @Test
    void aReplyWhoseAnswerWasLostIsUnconfirmedNeverResentAndItsCallbackSettlesIt() throws Exception {
        TWILIO.stubFor(post(MESSAGES).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String key = key();

        JsonNode lost = replies(send(callId, "sms", "שלום", key)).get(0);
        send(callId, "sms", "שלום", key); // the agent presses again

        assertThat(lost.path("status").asText()).isEqualTo("unconfirmed");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
        assertThat(status(lost.path("id").asLong(), "delivered", null, true)).isEqualTo(204);
        assertThat(jdbc.queryForObject("select status from callpipeline_reply where id = ?", String.class,
                lost.path("id").asLong())).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("select message_sid from callpipeline_reply where id = ?", String.class,
                lost.path("id").asLong())).as("learnt from the callback").isEqualTo("SM" + "a".repeat(32));
    }
}
