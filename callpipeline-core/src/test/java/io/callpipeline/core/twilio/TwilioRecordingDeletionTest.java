package io.callpipeline.core.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.recordingPath;
import static io.callpipeline.core.Fixtures.twilioError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.event.InvalidRecordingEventException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting a recording at Twilio through twilio-java: {@code DELETE …/Recordings/{Sid}.json}
 * answered 204, in the recording's own account with its credentials; a recording already gone
 * (404, code 20404) counts as deleted; an outage is worth another try, refused credentials are not.
 */
class TwilioRecordingDeletionTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String AGENCY = "AC" + "5".repeat(32);
    private static final String AGENCY_TOKEN = "agency-token";

    private TwilioRecordingSource source() {
        return TwilioRecordingSource.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN)
                .account(AGENCY, AGENCY, AGENCY_TOKEN).baseUrl(URI.create(twilio.baseUrl())).build();
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeletedRecordingIsAnswered204AndReportedAsDeletedByThisCall() {
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(204)));

        assertThat(source().delete(null, RECORDING_SID)).isTrue();

        twilio.verify(1, deleteRequestedFor(urlEqualTo(recordingPath(RECORDING_SID)))
                .withHeader("Authorization", equalTo(basic(ACCOUNT_SID, AUTH_TOKEN))));
    }

    @Test
    void aSubaccountsRecordingIsDeletedInItsAccountWithItsCredentials() {
        String path = "/2010-04-01/Accounts/" + AGENCY + "/Recordings/" + RECORDING_SID + ".json";
        twilio.stubFor(delete(path).withHeader("Authorization", equalTo(basic(AGENCY, AGENCY_TOKEN)))
                .willReturn(aResponse().withStatus(204)));

        assertThat(source().delete(AGENCY, RECORDING_SID)).isTrue();

        twilio.verify(1, deleteRequestedFor(urlEqualTo(path)));
    }

    @Test
    void aRecordingAlreadyGoneCountsAsDeletedSoARetriedDeletionNeverFailsOnItsOwnSuccess() {
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(twilioError(404, 20404, "The requested resource was not found"))));

        assertThat(source().delete(null, RECORDING_SID)).isFalse();
    }

    @Test
    void anOutageIsTransientAndRefusedCredentialsArePermanent() {
        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", "30")
                .withBody(twilioError(503, 20503, "Service unavailable"))));
        assertThatThrownBy(() -> source().delete(null, RECORDING_SID)).isInstanceOf(TransientProcessingException.class);

        twilio.stubFor(delete(recordingPath(RECORDING_SID)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(twilioError(401, 20003, "Authenticate"))));
        assertThatThrownBy(() -> source().delete(null, RECORDING_SID)).isInstanceOf(PermanentProcessingException.class)
                .satisfies(e -> assertThat(((PermanentProcessingException) e).reason())
                        .isEqualTo(ReasonCode.TWILIO_UNAUTHORIZED));
    }

    @Test
    void anAccountThatIsNotOursIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> source().delete("AC" + "9".repeat(32), RECORDING_SID))
                .isInstanceOf(PermanentProcessingException.class);
        assertThatThrownBy(() -> source().delete(null, "not-a-sid")).isInstanceOf(InvalidRecordingEventException.class);
        assertThat(twilio.getAllServeEvents()).isEmpty();
    }
}
