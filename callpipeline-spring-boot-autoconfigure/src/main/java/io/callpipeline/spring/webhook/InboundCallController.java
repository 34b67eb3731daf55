package io.callpipeline.spring.webhook;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Say;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code POST /webhook/voice}: the TwiML that makes recordings exist at all. The caller first hears
 * that the call is recorded (in Hebrew, {@code he-IL}), then either leaves a voicemail
 * ({@code <Record>}) or is forwarded to the agent with both sides recorded ({@code <Dial>}); either
 * way the recording's status callback points at the recording webhook's public URL. Built with
 * twilio-java's TwiML classes; signature-checked like the recording webhook.
 */
@Controller
public final class InboundCallController {

    private final WebhookSecurity security;
    private final VoiceAnswer voice;
    private final long maxBodyBytes;

    /** @param maxBodyBytes the largest body read; a larger one is refused with 413, as on the recording webhook */
    public InboundCallController(WebhookSecurity security, VoiceAnswer voice, long maxBodyBytes) {
        this.security = security;
        this.voice = voice;
        this.maxBodyBytes = maxBodyBytes;
    }

    @RequestMapping("${callpipeline.voice.path:" + WebhookPaths.VOICE + "}")
    public ResponseEntity<String> answer(HttpServletRequest request) {
        WebhookForm.Post post = WebhookForm.post(request, maxBodyBytes);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Map<String, String> form = post.form();
        WebhookSecurity.Verdict verdict = security.check(request, form);
        if (verdict != WebhookSecurity.Verdict.TRUSTED) {
            return PlainAnswers.text(HttpStatus.FORBIDDEN, verdict.message());
        }
        String callback = security.callbackUrl(request, voice.recordingPath());
        VoiceResponse.Builder twiml = new VoiceResponse.Builder()
                .say(new Say.Builder(voice.notice()).language(Say.Language.HE_IL).voice(voice.sayVoice()).build());
        if (voice.mode() == VoiceAnswer.Mode.DIAL) {
            twiml.dial(new Dial.Builder(voice.agentNumber())
                    .record(Dial.Record.RECORD_FROM_ANSWER_DUAL)
                    .recordingStatusCallback(callback)
                    .recordingStatusCallbackMethod(HttpMethod.POST)
                    .recordingStatusCallbackEvents(Dial.RecordingEvent.COMPLETED)
                    .build());
        } else {
            twiml.record(new Record.Builder()
                    .maxLength(voice.maxLength())
                    .recordingStatusCallback(callback)
                    .recordingStatusCallbackMethod(HttpMethod.POST)
                    .recordingStatusCallbackEvents(Record.RecordingEvent.COMPLETED)
                    .build());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml.build().toXml());
    }
}
