package io.callpipeline.crm.web;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.reply.Replies;
import io.callpipeline.crm.reply.ReplyChannel;
import io.callpipeline.spring.webhook.WebhookSecurity;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent sends the reply: {@code POST /calls/{id}/reply} with {@code {"channel": "sms" | "whatsapp",
 * "body": "…", "key": "<the tab's idempotency key>"}}, answered with the call, whose {@code replies} show
 * the reply and its status (or why it did not go, in Hebrew). The same key again sends nothing.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallReplyController {

    private final Replies replies;
    private final CallHistory calls;
    private final CallViews views;
    private final CallAccess access;
    private final AccessLog accessLog;
    private final AccessActor actor;
    private final WebhookSecurity security;
    private final String statusPath;

    /** @param statusPath where Twilio posts the messages' status, e.g. {@code /webhook/messages/status} */
    public CallReplyController(Replies replies, CallHistory calls, CallViews views, CallAccess access,
            AccessLog accessLog, AccessActor actor, WebhookSecurity security, String statusPath) {
        this.replies = replies;
        this.calls = calls;
        this.views = views;
        this.access = access;
        this.accessLog = accessLog;
        this.actor = actor;
        this.security = security;
        this.statusPath = statusPath;
    }

    /** The body: the channel, the text the agent edited, and the tab's idempotency key. */
    public record Send(String channel, String body, String key) {
    }

    @PostMapping("/calls/{callId}/reply")
    public CallView send(@PathVariable long callId, @RequestBody(required = false) Send body,
            HttpServletRequest request) {
        if (body == null) {
            throw new BadRequestException("The body must say {\"channel\": \"sms\" | \"whatsapp\", \"body\": …, \"key\": …}");
        }
        ReplyChannel channel = channelOf(body.channel());
        var scope = access.currentScope();
        replies.send(callId, channel, body.body(), body.key(), scope, actor.name(),
                URI.create(security.publicUrl(request, statusPath)));
        return views.of(accessLog.call(AccessAction.SEND_REPLY,
                calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId))), request.getContextPath());
    }

    private static ReplyChannel channelOf(String channel) {
        String name = channel == null ? "" : channel.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "sms" -> ReplyChannel.SMS;
            case "whatsapp" -> ReplyChannel.WHATSAPP;
            default -> throw new BadRequestException("channel is \"sms\" or \"whatsapp\"");
        };
    }
}
