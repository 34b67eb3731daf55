package io.callpipeline.crm.web;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.followup.FieldConfirmation;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's answer to a field the model extracted: {@code POST /calls/{id}/fields/{name}} with
 * {@code {"decision": "accept"}}, {@code {"decision": "edit", "value": "עד 3 מיליון"}} or
 * {@code {"decision": "reject"}}. Answers the call as the tab shows it, the decision on it.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallFieldsController {

    private final CallHistory calls;
    private final CallViews views;
    private final FieldConfirmation confirmation;
    private final CallAccess access;
    private final AccessLog accessLog;
    private final AccessActor actor;

    public CallFieldsController(CallHistory calls, CallViews views, FieldConfirmation confirmation, CallAccess access,
            AccessLog accessLog, AccessActor actor) {
        this.calls = calls;
        this.views = views;
        this.confirmation = confirmation;
        this.access = access;
        this.accessLog = accessLog;
        this.actor = actor;
    }

    /** The body: what the agent decided, and the value of an edit. */
    public record Decision(String decision, String value) {
    }

    @PostMapping("/calls/{callId}/fields/{field}")
    public CallView decide(@PathVariable long callId, @PathVariable String field, @RequestBody(required = false)
            Decision body, HttpServletRequest request) {
        FieldDecision.Kind kind = kindOf(body);
        var scope = access.currentScope();
        confirmation.decide(callId, field, kind, body.value(), scope, actor.name());
        return views.of(accessLog.call(AccessAction.DECIDE_FIELD,
                calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId))), request.getContextPath());
    }

    private static FieldDecision.Kind kindOf(Decision body) {
        String decision = body == null || body.decision() == null ? "" : body.decision().strip().toLowerCase(Locale.ROOT);
        return switch (decision) {
            case "accept" -> FieldDecision.Kind.ACCEPTED;
            case "edit" -> FieldDecision.Kind.EDITED;
            case "reject" -> FieldDecision.Kind.REJECTED;
            default -> throw new BadRequestException(
                    "The body must say the decision: {\"decision\": \"accept\" | \"edit\" | \"reject\", \"value\": …}");
        };
    }
}
