package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.demo.testing.DemoSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The sandbox's calls survive a restart with their audio, as their rows do (reproduced: 404 before). */
class SandboxRestartTest {

    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString("agent:calls-demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCallsAudioStillPlaysAfterTheAppRestarts() throws Exception {
        String database = "spring.datasource.url=jdbc:h2:mem:sandbox-restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        long callId;
        try (ConfigurableApplicationContext first = start(database)) {
            String recordingSid = DemoSession.simulate(port(first), "from=054-555-1234");
            CallLog call = Calls.awaitFinished(first.getBean(CallHistory.class), recordingSid);
            callId = call.getId();
            assertThat(get(port(first), "/callpipeline/api/calls/" + callId + "/audio").statusCode()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start(database)) {
            HttpResponse<byte[]> audio = get(port(second), "/callpipeline/api/calls/" + callId + "/audio");

            assertThat(audio.statusCode()).isEqualTo(200);
            assertThat(audio.body().length).isGreaterThan(1000);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(DemoApplication.class)
                .properties("server.port=0", database, "callpipeline.reconciliation.enabled=false").run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private HttpResponse<byte[]> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BASIC)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
