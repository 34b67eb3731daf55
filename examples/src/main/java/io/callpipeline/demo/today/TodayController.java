package io.callpipeline.demo.today;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.followup.AgentTasks;
import io.callpipeline.crm.query.NotFoundException;
import io.callpipeline.crm.privacy.AccessActor;
import io.callpipeline.crm.web.CallViews;
import io.callpipeline.crm.web.TodayViews;
import io.callpipeline.crm.privacy.AccessLog;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "היום": the calls the agent should return today, from the tasks the answers proposed: what is due today
 * or overdue, ranked by urgency and the lead's warmth, then what no date was said for. "בוצע" marks a task
 * done where the agent sees it, and the list moves on.
 */
@Controller
public class TodayController {

    private static final int SHOWN = 100;

    private final AgentTasks tasks;
    private final TodayViews todayViews;
    private final CallViews views;
    private final CallAccess access;
    private final AccessLog accessLog;
    private final AccessActor actor;
    private final Clock clock;

    public TodayController(AgentTasks tasks, CallViews views, CallAccess access, AccessLog accessLog, AccessActor actor,
            ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.todayViews = new TodayViews(views);
        this.views = views;
        this.access = access;
        this.accessLog = accessLog;
        this.actor = actor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/today")
    public String today(Model model) {
        LocalDate day = LocalDate.now(clock.withZone(views.timeZone()));
        TodayViews.TodayView today = todayViews.of(tasks.today(access.currentScope(), day, SHOWN));
        TodayViews.logShown(accessLog, today);
        model.addAttribute("today", today);
        return "today";
    }

    /** "בוצע" on the list: the task is done, by this user, now. */
    @PostMapping("/today/tasks/{taskId}")
    public String done(@PathVariable long taskId, @RequestParam long callId, RedirectAttributes flash) {
        try {
            tasks.mark(callId, taskId, true, access.currentScope(), actor.name());
            flash.addFlashAttribute("message", "המשימה סומנה כבוצעה");
        } catch (NotFoundException e) {
            flash.addFlashAttribute("error", "המשימה לא נמצאה");
        }
        return "redirect:/today";
    }
}
