package io.callpipeline.core.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.twilio.constant.EnumConstants;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SDK's request, re-aimed at another base URL, arrives whole: method, path, query, form fields,
 * headers, credentials and a JSON body; Twilio's own base URL leaves every URL alone; and what the
 * last answer on a thread said (its status, a 429's {@code Retry-After}) belongs to that answer only.
 */
class BaseUrlTwilioHttpClientTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/2010-04-01/Accounts/AC" + "0".repeat(32) + "/Recordings/RE" + "1".repeat(32) + ".json";

    private BaseUrlTwilioHttpClient client;

    @BeforeEach
    void aimAtTheStub() {
        client = new BaseUrlTwilioHttpClient(URI.create(server.baseUrl() + "/")); // a trailing slash is ignored
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{}")));
    }

    @Test
    void aFormRequestArrivesWithItsPathQueryFieldsHeadersAndCredentials() {
        Request request = new Request(HttpMethod.POST, "https://api.twilio.com" + PATH);
        request.addQueryParam("PageSize", "50");
        request.addPostParam("Status", "completed");
        request.addPostParam("Status", "absent");
        request.addHeaderParam("X-Twilio-Test", "kept");
        request.setAuth("AC" + "0".repeat(32), "token");

        Response response = client.makeRequest(request);

        assertThat(response.getStatusCode()).isEqualTo(200);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("AC" + "0".repeat(32) + ":token")
                .getBytes(StandardCharsets.UTF_8));
        server.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("PageSize", equalTo("50"))
                .withHeader("X-Twilio-Test", equalTo("kept"))
                .withHeader("Authorization", equalTo(basic))
                .withRequestBody(containing("Status=completed")).withRequestBody(containing("Status=absent")));
    }

    @Test
    void aJsonRequestArrivesWithItsContentTypeAndBody() {
        Request request = new Request(HttpMethod.POST, "https://messaging.twilio.com/v1/Things");
        request.setContentType(EnumConstants.ContentType.JSON);
        request.setBody("{\"friendly_name\":\"שלום\"}");
        request.setAuth("AC" + "0".repeat(32), "token");

        client.makeRequest(request);

        server.verify(postRequestedFor(urlEqualTo("/v1/Things"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"friendly_name\":\"שלום\"}")));
    }

    @Test
    void onlyTheSchemeHostAndPortAreReplacedAndTwiliosOwnBaseLeavesUrlsAlone() {
        assertThat(client.rewrite("https://api.twilio.com" + PATH + "?A=%20b"))
                .isEqualTo(server.baseUrl() + PATH + "?A=%20b");
        assertThat(client.rewrite("https://api.twilio.com")).isEqualTo(server.baseUrl());
        assertThat(new BaseUrlTwilioHttpClient(TwilioRecordingSource.TWILIO_API).rewrite("https://api.twilio.com" + PATH))
                .isEqualTo("https://api.twilio.com" + PATH);
    }

    @Test
    void theLastAnswerIsThisThreadsAndARequestWithoutAnswerLeavesNone() throws Exception {
        server.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json").withBody("{\"code\":20429}")));
        Request request = new Request(HttpMethod.GET, "https://api.twilio.com" + PATH);
        request.setAuth("AC" + "0".repeat(32), "token");

        client.makeRequest(request);
        BaseUrlTwilioHttpClient.LastAnswer answer = client.lastAnswer().orElseThrow();
        Thread other = new Thread(() -> assertThat(client.lastAnswer()).isEmpty());
        other.start();
        other.join();

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.retryAfter()).isEqualTo(Duration.ofSeconds(7));

        server.stubFor(any(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.makeRequest(request)).as("no answer this time").isInstanceOf(RuntimeException.class);
        assertThat(client.lastAnswer()).as("not the 429 of the request before").isEmpty();
    }
}
