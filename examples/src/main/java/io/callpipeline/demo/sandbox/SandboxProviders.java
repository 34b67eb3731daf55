package io.callpipeline.demo.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.query.ResultPage;
import io.callpipeline.test.ProviderAnswers;
import io.callpipeline.test.ProviderStandIns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Twilio and OpenAI for sandbox mode: callpipeline-test's stand-ins (the same ones hosts use in their
 * tests), with the bundled Hebrew recording and a recording of silence as the calls' audio, and the
 * account, number and models the self-check asks about. The app reaches them through twilio-java
 * and openai-java exactly as it would the real services.
 */
public final class SandboxProviders implements AutoCloseable {

    private final ProviderStandIns providers;
    private final byte[] speechWav = resource("/sandbox/call-he.wav");
    private final byte[] speechMp3 = resource("/sandbox/call-he.mp3");
    private final byte[] silenceWav = resource("/sandbox/silence.wav");
    private final byte[] silenceMp3 = resource("/sandbox/silence.mp3");

    /**
     * @param transcriptionModel and {@code chatModel}: the models the self-check asks about
     */
    public SandboxProviders(int port, String accountSid, String transcriptionModel, String chatModel) {
        this.providers = ProviderStandIns.start(port, accountSid, false).signingWith(SandboxMode.AUTH_TOKEN);
        for (String model : new String[] {transcriptionModel, chatModel}) {
            providers.server().stubFor(get("/v1/models/" + model).willReturn(okJson(ProviderAnswers.model(model))));
        }
    }

    public String baseUrl() {
        return providers.baseUrl();
    }

    /** Makes the sandbox number's voice URL this app's, as the console would after setup. */
    public void phoneNumber(String phoneNumber, String voiceUrl) {
        String accountSid = providers.accountSid();
        providers.server().stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + accountSid + "/IncomingPhoneNumbers.json"))
                .withQueryParam("PhoneNumber", equalTo(phoneNumber))
                .willReturn(okJson(ProviderAnswers.incomingPhoneNumbers(accountSid, phoneNumber, voiceUrl))));
    }

    /**
     * Registers one call: Twilio will know its recording and who called which number (and so which
     * agency's call it is), and serve the audio, as
     * the WAV the pipeline measures and transcribes and as the MP3 the player streams.
     */
    public void call(String recordingSid, String callSid, String from, String to, boolean silent) {
        providers.register(new ProviderStandIns.TwilioCall(recordingSid, callSid, from, to),
                silent ? silenceWav : speechWav, silent ? silenceMp3 : speechMp3, silent ? 4 : 8);
        if (silent) {
            // what Whisper really does with silence, should it be sent (callpipeline.audio.format=mp3,
            // or min-speech=0): it invents a polite phrase
            providers.transcribeAs(recordingSid, ProviderAnswers.transcription("hebrew",
                    List.of(new ProviderAnswers.Segment(0.0, 4.0, "תודה רבה.", -0.9, 0.86))));
        }
    }

    /**
     * Registers again the calls the CRM already holds, so their audio plays after a restart (the
     * stand-ins keep nothing on disk, the CRM's H2 file does). Runs before the queue starts, so a
     * job left from before the restart finds its recording too.
     */
    public int restore(CallHistory calls) {
        int restored = 0;
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            ResultPage<CallLog> known = calls.recent(Set.of(), false, AccessScope.ALL, page, 100);
            for (CallLog call : known.items()) {
                String to = call.getToNumber() != null ? call.getToNumber() : ProviderStandIns.OUR_NUMBER;
                call(call.getRecordingSid(), call.getCallSid(), call.getFromNumber(), to,
                        call.getStatus() == CallStatus.GIBBERISH);
                restored++;
            }
            pages = known.totalPages();
        }
        return restored;
    }

    @Override
    public void close() {
        providers.close();
    }

    private static byte[] resource(String path) {
        try (InputStream in = SandboxProviders.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing sandbox resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
