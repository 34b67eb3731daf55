package io.callpipeline.crm.reply;

import io.callpipeline.spring.webhook.WebhookForm;
import io.callpipeline.spring.webhook.WebhookSecurity;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's messaging webhooks, each signed like every Twilio webhook (checked by twilio-java against our
 * accounts): {@code POST {path}/status?reply=<id>}, a reply's status, kept once and only forward; and
 * {@code POST {path}/inbound}, a message the caller sent us: it opens WhatsApp's 24-hour window, and STOP
 * (or "הסר", "עצור"…) opts the number out on that channel (START opts it back in). Anything unsigned, or of
 * another account, is refused without a word of what it said.
 */
@RestController
@RequestMapping("${callpipeline.crm.messaging.webhook-path:/webhook/messages}")
public class MessagingWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MessagingWebhookController.class);
    private static final long MAX_BODY_BYTES = 64 * 1024;
    private static final String OPTED_OUT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
            + "הוסרת מרשימת ההודעות שלנו. כדי לקבל הודעות שוב, שלחו START.</Message></Response>";
    private static final String NOTHING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final WebhookSecurity security;
    private final ReplyStatusUpdates updates;
    private final MessagingContacts contacts;
    private final Clock clock;

    public MessagingWebhookController(WebhookSecurity security, ReplyStatusUpdates updates, MessagingContacts contacts,
            Clock clock) {
        this.security = security;
        this.updates = updates;
        this.contacts = contacts;
        this.clock = clock;
    }

    @PostMapping("/status")
    public ResponseEntity<String> status(@RequestParam(name = "reply", required = false) Long reply,
            HttpServletRequest request) {
        WebhookForm.Post post = trusted(request);
        if (post.refusal() != null) {
            return post.refusal();
        }
        if (reply == null) {
            return plain(HttpStatus.BAD_REQUEST, "No reply named");
        }
        Map<String, String> form = post.form();
        ReplyStatusUpdates.Outcome outcome = updates.apply(reply, form.get("MessageSid"), form.get("MessageStatus"),
                code(form.get("ErrorCode")));
        log.debug("Reply {}: status {} → {}", reply, form.get("MessageStatus"), outcome);
        return outcome == ReplyStatusUpdates.Outcome.UNKNOWN_REPLY ? plain(HttpStatus.NOT_FOUND, "No such reply")
                : ResponseEntity.noContent().build();
    }

    @PostMapping("/inbound")
    public ResponseEntity<String> inbound(HttpServletRequest request) {
        WebhookForm.Post post = trusted(request);
        if (post.refusal() != null) {
            return post.refusal();
        }
        String from = post.form().get("From");
        if (from == null || from.isBlank()) {
            return plain(HttpStatus.BAD_REQUEST, "No sender");
        }
        ReplyChannel channel = from.startsWith("whatsapp:") ? ReplyChannel.WHATSAPP : ReplyChannel.SMS;
        String number = from.startsWith("whatsapp:") ? from.substring("whatsapp:".length()) : from;
        String body = post.form().get("Body");
        contacts.wrote(number, channel, clock.instant());
        if (OptOutWords.stop(body)) {
            contacts.optOut(number, channel, true, clock.instant());
            return twiml(channel == ReplyChannel.WHATSAPP ? OPTED_OUT : NOTHING); // Twilio answers SMS STOP itself
        }
        if (OptOutWords.start(body)) {
            contacts.optOut(number, channel, false, clock.instant());
        }
        return twiml(NOTHING);
    }

    /** The request's form when it is Twilio's (readable, signed, of our account); otherwise the refusal. */
    private WebhookForm.Post trusted(HttpServletRequest request) {
        WebhookForm.Post post = WebhookForm.post(request, MAX_BODY_BYTES);
        if (post.refusal() != null) {
            return post;
        }
        WebhookSecurity.Verdict verdict = security.check(request, post.form());
        if (verdict == WebhookSecurity.Verdict.TRUSTED) {
            return post;
        }
        log.warn("Refused a messaging webhook request: {}", verdict.message());
        return new WebhookForm.Post(null, plain(HttpStatus.FORBIDDEN, verdict.message()));
    }

    private static Integer code(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<String> twiml(String body) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(body);
    }

    private static ResponseEntity<String> plain(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
    }
}
