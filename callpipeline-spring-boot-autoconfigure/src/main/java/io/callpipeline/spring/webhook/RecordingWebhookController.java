package io.callpipeline.spring.webhook;

import io.callpipeline.core.event.InvalidRecordingEventException;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.processing.RecordingIntake;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import io.callpipeline.core.twilio.TwilioRecordingCallback;

/**
 * {@code POST /webhook/handle_recording}: Twilio's recording status callback. It only checks,
 * saves and queues; processing happens in the background, so the answer comes back in milliseconds
 * (Twilio gives up after 15 s). Answers are short plain text, never a stack trace:
 * 413 body too large, 405 not POST, 400 an unreadable body or a missing, malformed or overlong
 * field (named), 403 bad signature or foreign account, 503 could not be stored in time (Twilio
 * may retry), 200 stored and queued (or already known). A 200 always means the call is kept.
 */
@Controller
public final class RecordingWebhookController {

    private static final Logger log = LoggerFactory.getLogger(RecordingWebhookController.class);

    private final RecordingIntake intake;
    private final StorageDeadline deadline;
    private final WebhookSecurity security;
    private final long maxBodyBytes;
    private final CallPipelineObserver observer;

    public RecordingWebhookController(RecordingIntake intake, StorageDeadline deadline, WebhookSecurity security,
            long maxBodyBytes, CallPipelineObserver observer) {
        this.intake = intake;
        this.deadline = deadline;
        this.security = security;
        this.maxBodyBytes = maxBodyBytes;
        this.observer = observer;
    }

    @RequestMapping("${callpipeline.webhook.path:" + WebhookPaths.RECORDING + "}")
    public ResponseEntity<String> handle(HttpServletRequest request) {
        ResponseEntity<String> answer = answer(request);
        observer.callbackAnswered(answer.getStatusCode().value());
        return answer;
    }

    private ResponseEntity<String> answer(HttpServletRequest request) {
        WebhookForm.Post post = WebhookForm.post(request, maxBodyBytes);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Map<String, String> form = post.form();
        RecordingEvent event;
        try {
            event = TwilioRecordingCallback.parse(form);
        } catch (InvalidRecordingEventException e) {
            return PlainAnswers.text(HttpStatus.BAD_REQUEST, e.isMissing() && isSid(e.parameter()) ? "Missing data" : e.getMessage());
        }
        WebhookSecurity.Verdict verdict = security.check(request, form);
        if (verdict != WebhookSecurity.Verdict.TRUSTED) {
            log.warn("Refused recording callback for {}: {}", event.recordingSid(), verdict);
            return PlainAnswers.text(HttpStatus.FORBIDDEN, verdict.message());
        }
        RecordingIntake.Result result;
        try {
            result = deadline.call(() -> intake.accept(event));
        } catch (StorageDeadline.Missed | RuntimeException e) {
            log.warn("Could not store the recording callback for {}; answered 503: {}", event.recordingSid(),
                    e instanceof StorageDeadline.Missed ? e.getMessage() : e.getClass().getSimpleName());
            return PlainAnswers.unavailable("The callback could not be stored now; retry");
        }
        log.info("Recording callback for {}: {}", event.recordingSid(), result);
        return PlainAnswers.text(HttpStatus.OK, "OK");
    }

    private static boolean isSid(String parameter) {
        return "RecordingSid".equals(parameter) || "CallSid".equals(parameter);
    }
}
