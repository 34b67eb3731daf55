package io.callpipeline.core.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.AUTH_TOKEN;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static io.callpipeline.core.Fixtures.mediaPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.recording.MediaRangeNotSatisfiableException;
import io.callpipeline.core.recording.MediaStream;
import io.callpipeline.core.recording.MediaStreamRequest;
import io.callpipeline.core.testing.Mp3Frames;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opening a recording for a player: byte ranges, whether Twilio honours them or not. */
class TwilioMediaStreamingTest {

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final byte[] AUDIO = Mp3Frames.bytes(10);
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));

    private final TwilioRecordingSource source = TwilioRecordingSource.builder()
            .accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN).baseUrl(URI.create(twilio.baseUrl())).build();

    @BeforeEach
    void twilioIgnoresRanges() {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withHeader("Content-Length", Integer.toString(AUDIO.length))
                .withBody(AUDIO)));
    }

    private static byte[] read(MediaStream stream) throws IOException {
        try (stream) {
            return stream.body().readAllBytes();
        }
    }

    @Test
    void wholeRecordingWithItsLengthAndOurCredentials() throws IOException {
        MediaStream stream = source.open(MediaStreamRequest.whole(RECORDING_SID));

        assertThat(stream.contentType()).isEqualTo("audio/mpeg");
        assertThat(stream.firstByte()).isZero();
        assertThat(stream.lastByte()).isEqualTo(AUDIO.length - 1);
        assertThat(stream.totalBytes()).isEqualTo(AUDIO.length);
        assertThat(read(stream)).isEqualTo(AUDIO);
        twilio.verify(getRequestedFor(urlEqualTo(mediaPath(RECORDING_SID)))
                .withHeader("Authorization", equalTo(BASIC)).withHeader("Range", absent()));
    }

    @Test
    void middleRangeIsCutFromAFullAnswer() throws IOException {
        MediaStream stream = source.open(new MediaStreamRequest(RECORDING_SID, 100, 399L));

        assertThat(stream.firstByte()).isEqualTo(100);
        assertThat(stream.lastByte()).isEqualTo(399);
        assertThat(stream.length()).isEqualTo(300);
        assertThat(read(stream)).isEqualTo(Arrays.copyOfRange(AUDIO, 100, 400));
        twilio.verify(getRequestedFor(urlEqualTo(mediaPath(RECORDING_SID))).withHeader("Range", equalTo("bytes=100-399")));
    }

    @Test
    void openEndedRangeRunsToTheEnd() throws IOException {
        MediaStream stream = source.open(new MediaStreamRequest(RECORDING_SID, 2000, null));

        assertThat(stream.lastByte()).isEqualTo(AUDIO.length - 1);
        assertThat(read(stream)).isEqualTo(Arrays.copyOfRange(AUDIO, 2000, AUDIO.length));
    }

    @Test
    void rangeEndingPastTheEndStopsAtTheEnd() throws IOException {
        MediaStream stream = source.open(new MediaStreamRequest(RECORDING_SID, AUDIO.length - 10, AUDIO.length + 500L));

        assertThat(stream.lastByte()).isEqualTo(AUDIO.length - 1);
        assertThat(read(stream)).hasSize(10);
    }

    @Test
    void rangeStartingPastTheEndIsNotSatisfiable() {
        assertThatThrownBy(() -> source.open(new MediaStreamRequest(RECORDING_SID, AUDIO.length, null)))
                .isInstanceOfSatisfying(MediaRangeNotSatisfiableException.class,
                        e -> assertThat(e.totalBytes()).isEqualTo(AUDIO.length));
    }

    @Test
    void withoutALengthNoRangeIsPromised() throws IOException {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withChunkedDribbleDelay(2, 10).withBody(AUDIO)));

        MediaStream stream = source.open(new MediaStreamRequest(RECORDING_SID, 100, 199L));

        assertThat(stream.length()).isEqualTo(-1);
        assertThat(stream.totalBytes()).isEqualTo(-1);
        assertThat(read(stream)).isEqualTo(Arrays.copyOfRange(AUDIO, 100, AUDIO.length));
    }

    @Test
    void partialAnswerFromTwilioIsPassedOn() throws IOException {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).withHeader("Range", equalTo("bytes=10-19"))
                .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "audio/mpeg")
                        .withHeader("Content-Range", "bytes 10-19/" + AUDIO.length)
                        .withBody(Arrays.copyOfRange(AUDIO, 10, 20))));

        MediaStream stream = source.open(new MediaStreamRequest(RECORDING_SID, 10, 19L));

        assertThat(stream.firstByte()).isEqualTo(10);
        assertThat(stream.lastByte()).isEqualTo(19);
        assertThat(stream.totalBytes()).isEqualTo(AUDIO.length);
        assertThat(read(stream)).isEqualTo(Arrays.copyOfRange(AUDIO, 10, 20));
    }

    @Test
    void twilios416IsNotSatisfiableWithTheLengthItGives() {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).withHeader("Range", equalTo("bytes=99999-"))
                .willReturn(aResponse().withStatus(416).withHeader("Content-Range", "bytes */" + AUDIO.length)));

        assertThatThrownBy(() -> source.open(new MediaStreamRequest(RECORDING_SID, 99999, null)))
                .isInstanceOfSatisfying(MediaRangeNotSatisfiableException.class,
                        e -> assertThat(e.totalBytes()).isEqualTo(AUDIO.length));
    }

    @Test
    void refusedCredentialsArePermanent() {
        twilio.stubFor(get(mediaPath(RECORDING_SID)).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> source.open(MediaStreamRequest.whole(RECORDING_SID)))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("twilio_unauthorized"));
    }

    @Test
    void requestRejectsWhatIsNotARange() {
        assertThatThrownBy(() -> new MediaStreamRequest(RECORDING_SID, 10, 5L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MediaStreamRequest(RECORDING_SID, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MediaStreamRequest(RECORDING_SID, 0, null).isRange()).isFalse();
        assertThat(new MediaStreamRequest(RECORDING_SID, 0, 1L).isRange()).isTrue();
    }
}
