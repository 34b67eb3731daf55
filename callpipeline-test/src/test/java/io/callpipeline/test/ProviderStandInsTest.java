package io.callpipeline.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateResponse;
import com.twilio.security.RequestValidator;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.audio.SpeechActivity;
import io.callpipeline.core.recording.AudioFile;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.MediaRequest;
import io.callpipeline.core.recording.RecordingInfo;
import io.callpipeline.core.twilio.MediaFormat;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-ins as the real SDKs see them, and the signature as twilio-java checks it. */
class ProviderStandInsTest {

    private static final ProviderStandIns PROVIDERS = ProviderStandIns.start();

    @AfterAll
    static void stop() {
        PROVIDERS.close();
    }

    private final TwilioRecordingSource twilio = TwilioRecordingSource.builder()
            .accountSid(ProviderStandIns.ACCOUNT_SID).authToken(ProviderStandIns.AUTH_TOKEN)
            .baseUrl(java.net.URI.create(PROVIDERS.baseUrl())).build();

    @Test
    void twilioJavaReadsARegisteredCallItsRecordingAndTheList() {
        ProviderStandIns.TwilioCall call = PROVIDERS.call("+972541234567");

        RecordingInfo recording = twilio.fetchRecording(call.recordingSid());
        CallDetails details = twilio.fetchCall(call.callSid());

        assertThat(recording.status()).isEqualTo("completed");
        assertThat(recording.callSid()).isEqualTo(call.callSid());
        assertThat(details.from()).isEqualTo("+972541234567");
        assertThat(details.to()).isEqualTo(ProviderStandIns.OUR_NUMBER);
        assertThat(twilio.recordingsCreatedBetween(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)))
                .extracting(RecordingInfo::recordingSid).contains(call.recordingSid());
    }

    @Test
    void aCallIsServedAsAWavCallpipelineHearsAsSpeechAndAnMp3ForThePlayer(@TempDir Path dir) throws Exception {
        ProviderStandIns.TwilioCall call = PROVIDERS.call("+972541234567");
        RecordingInfo recording = twilio.fetchRecording(call.recordingSid());

        AudioFile wav = twilio.download(new MediaRequest(recording, dir));
        AudioFile mp3 = TwilioRecordingSource.builder().accountSid(ProviderStandIns.ACCOUNT_SID)
                .authToken(ProviderStandIns.AUTH_TOKEN).baseUrl(java.net.URI.create(PROVIDERS.baseUrl()))
                .mediaFormat(MediaFormat.MP3).build().download(new MediaRequest(recording, dir));

        assertThat(wav.contentType()).isEqualTo("audio/x-wav");
        assertThat(SpeechActivity.of(wav.path()).mostSpeechSeconds()).isGreaterThan(1.0);
        assertThat(mp3.contentType()).isEqualTo("audio/mpeg");
        Files.write(dir.resolve("quiet.wav"), TestAudio.silentWav(4));
        assertThat(SpeechActivity.of(dir.resolve("quiet.wav")).mostSpeechSeconds()).isZero();
    }

    @Test
    void anUnknownRecordingIsTwiliosOwn404() {
        assertThatThrownBy(() -> twilio.fetchRecording("RE00000000000000000000000000000000"))
                .isInstanceOf(CallPipelineException.class).hasMessageContaining("recording");
    }

    @Test
    void openAiJavaReadsTheVerboseTranscription() {
        var client = OpenAIOkHttpClient.builder().apiKey(ProviderStandIns.OPENAI_KEY)
                .baseUrl(PROVIDERS.baseUrl() + "/v1").maxRetries(0).build();
        TranscriptionCreateResponse answer = client.audio().transcriptions().create(TranscriptionCreateParams.builder()
                .file(TestAudio.silentMp3(4)).model("whisper-1")
                .responseFormat(AudioResponseFormat.VERBOSE_JSON).build());

        assertThat(answer.asVerbose().text()).startsWith("שלום, אני מתקשר");
        assertThat(answer.asVerbose().segments().orElseThrow()).hasSize(ProviderStandIns.SPEECH.size());
    }

    @Test
    void theSignatureIsTheOneTwilioJavaChecks() {
        ProviderStandIns.TwilioCall call = new ProviderStandIns.TwilioCall("RE1", "CA1", "+972541234567");
        SignedCallback callback = SignedCallback.completed(call).with("RecordingDuration", "8");
        String url = "https://crm.example.com/webhook/handle_recording";

        String signature = callback.request(url, ProviderStandIns.AUTH_TOKEN).headers()
                .firstValue("X-Twilio-Signature").orElseThrow();

        RequestValidator validator = new RequestValidator(ProviderStandIns.AUTH_TOKEN);
        assertThat(validator.validate(url, callback.form(), signature)).isTrue();
        assertThat(validator.validate(url + "?x=1", callback.form(), signature)).isFalse();
        assertThat(new RequestValidator("another-token").validate(url, callback.form(), signature)).isFalse();
        assertThat(callback.form()).containsEntry("RecordingStatus", "completed").containsEntry("RecordingDuration", "8");
    }

    @Test
    void waitingForACallThatNeverEndsSaysWhereItStopped() {
        var store = new io.callpipeline.core.store.InMemoryTranscriptStore();
        assertThatThrownBy(() -> CallWait.untilFinal(store, "RE404", java.time.Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("never stored");
    }
}
