package io.callpipeline.crm.call;

import io.callpipeline.core.nextstep.NextStep;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the steps of a call's answer into the agent's tasks when the answer's steps change: the first
 * answer makes one task per step; a new answer (the call answered again) drops the tasks nobody finished
 * and adds its own after the finished ones, which stay as they were. A save that leaves the steps as
 * they were touches no task, so a resumed run or a later step's save never duplicates them.
 */
final class CallTaskProposals {

    private final EntityManager entities;
    private final Consumer<CallTaskCreated> created;

    CallTaskProposals(EntityManager entities, Consumer<CallTaskCreated> created) {
        this.entities = entities;
        this.created = created;
    }

    /**
     * @param before         the steps stored before this save; the call's flushed row holds the new ones
     * @param answeredBefore whether the call had an answer before this save: without one it has no task yet,
     *                       and none is looked for
     */
    void replaceIfChanged(CallLog call, List<NextStep> before, boolean answeredBefore, Instant now) {
        CallTranscript transcript = call.getTranscript();
        List<NextStep> after = transcript == null || transcript.getSummary() == null ? List.of() : transcript.nextSteps;
        if (after.equals(before)) {
            return;
        }
        int next = 0;
        for (CallTask task : !answeredBefore ? List.<CallTask>of() : entities.createQuery(
                "select t from CallpipelineCallTask t where t.call = :call", CallTask.class)
                .setParameter("call", call).getResultList()) {
            if (task.getStatus() == CallTask.Status.OPEN) {
                entities.remove(task);
            } else {
                next = Math.max(next, task.getStepIndex() + 1);
            }
        }
        if (answeredBefore) {
            entities.flush(); // the dropped tasks' indexes are free before the new ones take theirs
        }
        List<CallTask> made = new java.util.ArrayList<>();
        for (NextStep step : after) {
            CallTask task = new CallTask(call, next++, step.task(), step.whenSaid(), step.due().kind(), step.dueDate(),
                    now);
            entities.persist(task);
            made.add(task);
        }
        entities.flush();
        for (CallTask task : made) {
            created.accept(new CallTaskCreated(task.getId(), call.getId(), call.getOwner().agency(),
                    call.getOwner().agent(), call.getCustomer() == null ? null : call.getCustomer().getId(),
                    task.getDueDate()));
        }
    }
}
