package io.callpipeline.spring.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider's request is one observation, tagged only with names that keep a metric small (never an id), and
 * tells how it ended: its status, or {@code io_error} with the failure when no answer came. OpenAI's client is
 * observed through an OkHttp interceptor, any other adapter through the core's {@link RequestInstrumentation}.
 */
class ObservedProviderRequestsTest {

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final ObservedProviderRequests requests = new ObservedProviderRequests(registry, null);

    @Test
    void anAnsweredRequestIsOneObservationWithItsStatus() {
        ProviderRequest request = new ProviderRequest("twilio", "recordings", "GET", null);
        try (RequestInstrumentation.InFlight inFlight = requests.start(request)) {
            assertThat(registry.getCurrentObservation()).as("open while the request is on its way").isNotNull();
            request.answered(429);
        }

        assertThat(registry.getCurrentObservation()).isNull();
        assertThat(registry).hasNumberOfObservationsEqualTo(1)
                .hasObservationWithNameEqualTo(ObservedProviderRequests.NAME).that().hasBeenStopped()
                .hasContextualNameEqualTo("twilio recordings").doesNotHaveError()
                .hasLowCardinalityKeyValue("provider", "twilio").hasLowCardinalityKeyValue("operation", "recordings")
                .hasLowCardinalityKeyValue("method", "GET").hasLowCardinalityKeyValue("model", "none")
                .hasLowCardinalityKeyValue("status", "429");
    }

    @Test
    void aRequestWithoutAnAnswerIsAnIoErrorWithItsFailure() {
        ProviderRequest request = new ProviderRequest("twilio", "recordings/media", "GET", null);
        IOException reset = new IOException("Connection reset");
        try (RequestInstrumentation.InFlight inFlight = requests.start(request)) {
            request.failed(reset);
        }

        assertThat(registry).hasObservationWithNameEqualTo(ObservedProviderRequests.NAME).that()
                .hasLowCardinalityKeyValue("status", "io_error").hasError(reset);
    }

    @Test
    void openAisRequestsAreObservedWithTheModelConfiguredForTheirOperation() throws IOException {
        provider.stubFor(post("/v1/chat/completions").willReturn(okJson("{}")));
        provider.stubFor(post("/openai/deployments/whisper/audio/transcriptions")
                .willReturn(aResponse().withStatus(503)));
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(OkHttpProviderRequests.interceptor(requests,
                "openai", Map.of("chat/completions", "gpt-4o-mini", "audio/transcriptions", "whisper-1"))).build();

        try (Response chat = client.newCall(postTo("/v1/chat/completions")).execute();
             Response speech = client.newCall(postTo("/openai/deployments/whisper/audio/transcriptions")).execute()) {
            assertThat(chat.code()).isEqualTo(200);
            assertThat(speech.code()).isEqualTo(503);
        }

        assertThat(registry).hasNumberOfObservationsEqualTo(2)
                .hasAnObservation(observation -> observation.hasContextualNameEqualTo("openai chat/completions")
                        .hasLowCardinalityKeyValue("model", "gpt-4o-mini").hasLowCardinalityKeyValue("status", "200")
                        .hasLowCardinalityKeyValue("method", "POST"))
                .hasAnObservation(observation -> observation.hasContextualNameEqualTo("openai audio/transcriptions")
                        .hasLowCardinalityKeyValue("model", "whisper-1").hasLowCardinalityKeyValue("status", "503"));
    }

    @Test
    void anOpenAiRequestThatGetsNoAnswerIsAnIoErrorAndStillFails() {
        provider.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .addInterceptor(OkHttpProviderRequests.interceptor(requests, "openai", Map.of())).build();

        assertThatThrownBy(() -> client.newCall(postTo("/v1/chat/completions")).execute()).isInstanceOf(IOException.class);

        assertThat(registry).hasObservationWithNameEqualTo(ObservedProviderRequests.NAME).that()
                .hasLowCardinalityKeyValue("status", "io_error").hasLowCardinalityKeyValue("model", "none")
                .assertThatError().isInstanceOf(IOException.class);
    }

    @Test
    void aHostsConventionReplacesTheDefault() {
        ObservedProviderRequests own = new ObservedProviderRequests(registry, new ProviderRequestObservationConvention() {
            @Override
            public String getName() {
                return "crm.vendor.call";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(ProviderRequestObservationContext context) {
                return KeyValues.of("vendor", context.request().provider());
            }
        });
        try (RequestInstrumentation.InFlight inFlight = own.start(new ProviderRequest("openai", "models", "GET", null))) {
            assertThat(registry.getCurrentObservation()).isNotNull();
        }

        assertThat(registry).hasSingleObservationThat().hasNameEqualTo("crm.vendor.call")
                .hasLowCardinalityKeyValue("vendor", "openai").doesNotHaveLowCardinalityKeyValueWithKey("status");
    }

    @Test
    void aProviderRequestIsNamedByItsOperationOnAnyBasePath() {
        assertThat(OkHttpProviderRequests.operation("/v1/audio/transcriptions")).isEqualTo("audio/transcriptions");
        assertThat(OkHttpProviderRequests.operation("/openai/deployments/gpt/chat/completions"))
                .isEqualTo("chat/completions");
        assertThat(OkHttpProviderRequests.operation("/v1/files/file-abc")).isEqualTo("other");
    }

    private static Request postTo(String path) {
        return new Request.Builder().url(provider.baseUrl() + path)
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    }
}
