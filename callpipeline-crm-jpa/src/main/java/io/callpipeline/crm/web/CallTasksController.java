package io.callpipeline.crm.web;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.followup.AgentTasks;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.privacy.AccessLog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's tasks from calls: {@code GET /tasks/today}, what is due today or overdue (ranked by urgency
 * and the lead's warmth) and what no date was said for; {@code POST /calls/{id}/tasks/{taskId}} with
 * {@code {"done": true}} (or {@code false} to open it again), answered with the call as the tab shows it.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallTasksController {

    /** The most tasks of each list of the "today" answer. */
    public static final int MAX_TODAY = 200;

    private final AgentTasks tasks;
    private final CallHistory calls;
    private final CallViews views;
    private final CallAccess access;
    private final AccessLog accessLog;
    private final AccessActor actor;
    private final Clock clock;

    public CallTasksController(AgentTasks tasks, CallHistory calls, CallViews views, CallAccess access,
            AccessLog accessLog, AccessActor actor, Clock clock) {
        this.tasks = tasks;
        this.calls = calls;
        this.views = views;
        this.access = access;
        this.accessLog = accessLog;
        this.actor = actor;
        this.clock = clock;
    }

    /** The body of a mark: whether the task is done. */
    public record Mark(Boolean done) {
    }

    @GetMapping("/tasks/today")
    public TodayViews.TodayView today(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_TODAY) {
            throw new BadRequestException("limit is 1 to " + MAX_TODAY + ", got " + limit);
        }
        LocalDate today = LocalDate.now(clock.withZone(views.timeZone()));
        TodayViews.TodayView view = new TodayViews(views).of(tasks.today(access.currentScope(), today, limit));
        TodayViews.logShown(accessLog, view);
        return view;
    }

    @PostMapping("/calls/{callId}/tasks/{taskId}")
    public CallView mark(@PathVariable long callId, @PathVariable long taskId, @RequestBody(required = false) Mark body,
            HttpServletRequest request) {
        if (body == null || body.done() == null) {
            throw new BadRequestException("The body must say whether the task is done: {\"done\": true | false}");
        }
        var scope = access.currentScope();
        tasks.mark(callId, taskId, body.done(), scope, actor.name());
        CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
        return views.of(accessLog.call(AccessAction.MARK_TASK, call), request.getContextPath());
    }
}
