package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.response.Responder;
import io.callpipeline.core.transcription.Transcriber;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.springai.SpringAiResponder;
import io.callpipeline.springai.SpringAiTranscriber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo run as a host adopting Spring AI runs it: {@code callpipeline.spring-ai.enabled=true} and Spring AI's
 * OpenAI models (demo's {@code SpringAiModels}); a simulated call goes to completed through them, against the
 * sandbox's OpenAI stand-in, with the same transcript, times and answer as through our own adapters.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:spring-ai-sandbox;DB_CLOSE_DELAY=-1",
            "callpipeline.spring-ai.enabled=true"})
class SpringAiSandboxTest {

    @LocalServerPort
    int port;

    @Autowired
    CallHistory calls;

    @Autowired
    Responder responder;

    @Autowired
    Transcriber transcriber;

    @Test
    void aSimulatedCallIsTranscribedAndAnsweredThroughSpringAi() throws Exception {
        assertThat(responder).isInstanceOf(SpringAiResponder.class);
        assertThat(transcriber).isInstanceOf(SpringAiTranscriber.class);
        String basic = "Basic " + Base64.getEncoder().encodeToString("agent:calls-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/sandbox/calls"))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=054-555-1234")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        Matcher sid = Pattern.compile("\"recordingSid\":\"(RE[0-9a-f]{32})\"").matcher(answer.body());
        assertThat(sid.find()).isTrue();

        CallLog call = Calls.awaitFinished(calls, sid.group(1));

        assertThat(call.getStatus()).as(call.getLastErrorCode() + ": " + call.getLastError()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.getTranscript().getText()).startsWith("שלום, אני מתקשר לגבי הדירה ברמת גן.");
        assertThat(call.getTranscript().getSegments()).as("verbose_json times, through Spring AI").isNotEmpty();
        assertThat(call.getTranscript().getSuggestedReply()).contains("רמת גן");
    }
}
