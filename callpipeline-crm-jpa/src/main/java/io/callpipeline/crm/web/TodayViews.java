package io.callpipeline.crm.web;

import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallTask;
import io.callpipeline.crm.followup.AgentTasks;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The agent's "today" list as the API gives it and a host's page shows it: each task with its call's
 * customer, number, time, summary and the lead's warmth, so the agent can act without opening the call.
 */
public final class TodayViews {

    private final CallViews views;

    public TodayViews(CallViews views) {
        this.views = views;
    }

    /**
     * One task on the "today" list with what the agent needs to act on it.
     *
     * @param overdue whether its day has passed
     */
    public record TodayItem(CallView.Task task, long callId, Long customerId, String customerName, String counterpart,
            String callTime, CallView.Lead lead, String summary, boolean overdue) {
    }

    /** The "today" list: its day (in the CRM's zone), what is due by then (ranked) and what has no date. */
    public record TodayView(LocalDate day, String dayLabel, List<TodayItem> due, List<TodayItem> undated) {
    }

    public TodayView of(AgentTasks.Today today) {
        return new TodayView(today.day(), CallViews.dayLabel(today.day()), items(today.due(), today.day()),
                items(today.undated(), today.day()));
    }

    /** The list shows calls' summaries: logged as any list of calls is. */
    public static void logShown(AccessLog accessLog, TodayView view) {
        List<Long> calls = Stream.concat(view.due().stream(), view.undated().stream()).map(TodayItem::callId)
                .distinct().toList();
        if (!calls.isEmpty()) {
            accessLog.calls(AccessAction.LIST, null, calls, null);
        }
    }

    private List<TodayItem> items(List<CallTask> list, LocalDate today) {
        return list.stream().map(task -> item(task, today)).toList();
    }

    private TodayItem item(CallTask task, LocalDate today) {
        CallLog call = task.getCall();
        var transcript = call.getTranscript();
        CallView.Lead lead = transcript == null || transcript.getLeadScore() == null ? null
                : new CallView.Lead(transcript.getLeadScore(), transcript.getLeadScoreReason());
        return new TodayItem(CallViews.taskOf(task), call.getId(),
                call.getCustomer() == null ? null : call.getCustomer().getId(),
                call.getCustomer() == null ? null : call.getCustomer().displayName(), call.getCounterpartNumber(),
                views.time(call.getOccurredAt()), lead, transcript == null ? null : transcript.getSummary(),
                task.getDueDate() != null && task.getDueDate().isBefore(today));
    }
}
