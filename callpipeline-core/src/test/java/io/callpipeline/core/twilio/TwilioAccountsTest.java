package io.callpipeline.core.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.recording.RecordingInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One source, several accounts: each account's recordings, calls, audio and list are read in that account, with its credentials. */
class TwilioAccountsTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String AGENCY = "AC" + "4".repeat(32);
    private static final String AGENCY_TOKEN = "agency-token";
    private static final String DATE = "Fri, 14 Oct 2016 21:56:34 +0000";

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private TwilioRecordingSource source() {
        return TwilioRecordingSource.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN)
                .account(AGENCY, AGENCY, AGENCY_TOKEN).baseUrl(URI.create(twilio.baseUrl())).build();
    }

    private static String recording(String account, String recordingSid) {
        return "{\"account_sid\":\"" + account + "\",\"call_sid\":\"" + CALL_SID + "\",\"sid\":\"" + recordingSid
                + "\",\"status\":\"completed\",\"duration\":\"4\",\"channels\":1,\"source\":\"RecordVerb\","
                + "\"start_time\":\"" + DATE + "\",\"date_created\":\"" + DATE + "\"}";
    }

    @Test
    void anAgencysRecordingIsReadInItsAccountWithItsCredentials() throws Exception {
        String path = "/2010-04-01/Accounts/" + AGENCY + "/Recordings/" + RECORDING_SID;
        twilio.stubFor(get(path + ".json").withHeader("Authorization", equalTo(basic(AGENCY, AGENCY_TOKEN)))
                .willReturn(okJson(recording(AGENCY, RECORDING_SID))));
        twilio.stubFor(get(urlPathEqualTo(path + ".mp3")).withHeader("Authorization", equalTo(basic(AGENCY, AGENCY_TOKEN)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                        .withHeader("Content-Length", "3").withBody(new byte[] {1, 2, 3})));

        RecordingInfo info = source().fetchRecording(AGENCY, RECORDING_SID);
        assertThat(info.accountSid()).isEqualTo(AGENCY);
        try (MediaStream audio = source().open(AGENCY, MediaStreamRequest.whole(RECORDING_SID))) {
            assertThat(audio.body().readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void anAccountThatIsNotOursIsRefusedWithoutAsking() {
        assertThatThrownBy(() -> source().fetchRecording("AC" + "9".repeat(32), RECORDING_SID))
                .isInstanceOf(PermanentProcessingException.class).hasMessageContaining("not one of this app's");
        assertThat(twilio.getAllServeEvents()).isEmpty();
    }

    @Test
    void theListCoversEveryAccount() {
        String main = "RE" + "1".repeat(32);
        String agency = "RE" + "2".repeat(32);
        for (Map.Entry<String, String> account : Map.of(ACCOUNT_SID, main, AGENCY, agency).entrySet()) {
            String token = account.getKey().equals(AGENCY) ? AGENCY_TOKEN : AUTH_TOKEN;
            twilio.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + account.getKey() + "/Recordings.json"))
                    .withHeader("Authorization", equalTo(basic(account.getKey(), token)))
                    .willReturn(okJson("{\"recordings\":[" + recording(account.getKey(), account.getValue())
                            + "],\"next_page_uri\":null,\"page\":0,\"page_size\":200}")));
        }

        List<RecordingInfo> listed = source().recordingsCreatedBetween(Instant.parse("2016-10-14T00:00:00Z"),
                Instant.parse("2016-10-15T00:00:00Z"));

        assertThat(listed).extracting(RecordingInfo::recordingSid).containsExactlyInAnyOrder(main, agency);
    }
}
