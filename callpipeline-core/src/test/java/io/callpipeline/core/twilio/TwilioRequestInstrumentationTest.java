package io.callpipeline.core.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.mediaPath;
import static io.callpipeline.core.Fixtures.recordingJson;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.twilioError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.testing.Mp3Frames;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every request the Twilio adapter sends is shown to the instrumentation, named by what it asks for and never by
 * an id, with how it ended, and closed on the thread that sent it once it has: the REST API's requests through
 * twilio-java, each hop of a media download, a retried 404, a request that got no answer.
 */
class TwilioRequestInstrumentationTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension cdn = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    /** What the instrumentation saw of one request, read when it was closed. */
    record Seen(String provider, String operation, String method, String model, Integer status, String failure,
            boolean sameThread) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private final RequestInstrumentation recording = request -> {
        Thread sender = Thread.currentThread();
        return () -> seen.add(new Seen(request.provider(), request.operation(), request.method(),
                request.model().orElse(null), request.status().isPresent() ? request.status().getAsInt() : null,
                request.failure().map(e -> e.getClass().getSimpleName()).orElse(null),
                Thread.currentThread() == sender));
    };

    private TwilioRecordingSource source() {
        return TwilioRecordingSource.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN)
                .baseUrl(URI.create(twilio.baseUrl())).mediaFormat(MediaFormat.MP3)
                .mediaSettings(new MediaDownloadSettings(1_000_000, Duration.ofSeconds(2), Duration.ofSeconds(5), 3,
                        Duration.ofMillis(20)))
                .requests(recording).build();
    }

    private static RecordingInfo recording() {
        return new RecordingInfo(RECORDING_SID, ACCOUNT_SID, CALL_SID, "completed", 4, 1, "RecordVerb", null);
    }

    @Test
    void aRecordingsFetchThroughTwilioJavaIsOneRequestNamedByItsResource() {
        twilio.stubFor(get(recordingPath(RECORDING_SID)).willReturn(okJson(recordingJson())));

        source().fetchRecording(RECORDING_SID);

        assertThat(seen).containsExactly(new Seen("twilio", "recordings", "GET", null, 200, null, true));
    }

    @Test
    void aRefusedDeletionIsSeenWithItsStatus() {
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3").withBody(twilioError(429, 20429, "Too Many Requests"))));

        assertThatThrownBy(() -> source().delete(null, RECORDING_SID)).isInstanceOf(TransientProcessingException.class);

        assertThat(seen).containsExactly(new Seen("twilio", "recordings", "DELETE", null, 429, null, true));
    }

    @Test
    void eachHopOfARedirectedDownloadAndEachRetriedNotFoundIsARequestOfItsOwn() {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).inScenario("late").willReturn(aResponse().withStatus(404))
                .willSetStateTo("there"));
        twilio.stubFor(get(mediaPath(RECORDING_SID)).inScenario("late").whenScenarioStateIs("there")
                .willReturn(aResponse().withStatus(302).withHeader("Location", cdn.baseUrl() + "/media/a.mp3?sig=1")));
        cdn.stubFor(get(urlEqualTo("/media/a.mp3?sig=1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(Mp3Frames.bytes(20))));

        source().download(new MediaRequest(recording(), dir));

        assertThat(seen).extracting(Seen::operation).containsOnly("recordings/media");
        assertThat(seen).extracting(Seen::status).containsExactly(404, 302, 200);
        assertThat(seen).allSatisfy(request -> assertThat(request.sameThread()).isTrue());
    }

    @Test
    void aDownloadThatGetsNoAnswerIsSeenAsFailedWithoutAStatus() {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> source().download(new MediaRequest(recording(), dir)))
                .isInstanceOf(TransientProcessingException.class);

        assertThat(seen).isNotEmpty().allSatisfy(request -> {
            assertThat(request.status()).isNull();
            assertThat(request.failure()).isNotNull();
        });
    }

    @ParameterizedTest
    @CsvSource({
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789abcdef0123456789abcdef.json, recordings",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789abcdef0123456789abcdef.wav, recordings/media",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789ABCDEF0123456789ABCDEF.mp3, recordings/media",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings.json, recordings",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA0123456789abcdef0123456789abcdef.json, calls",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json, messages",
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json, accounts",
        "/v1/Content, other",
        "/media/RE0123456789abcdef0123456789abcdef.mp3, other",
    })
    void anOperationIsItsResourcePathWithoutIds(String path, String operation) {
        assertThat(TwilioOperation.of(path)).isEqualTo(operation);
        assertThat(TwilioOperation.ofUrl("https://api.twilio.com" + path)).isEqualTo(operation);
    }

    @Test
    void aUrlThatCannotBeReadIsOther() {
        assertThat(TwilioOperation.ofUrl("https://api.twilio.com/a b|c")).isEqualTo("other");
        assertThat(TwilioOperation.ofUrl(null)).isEqualTo("other");
        assertThat(new ProviderRequest("twilio", "calls", "GET", null).status()).isEmpty();
    }
}
