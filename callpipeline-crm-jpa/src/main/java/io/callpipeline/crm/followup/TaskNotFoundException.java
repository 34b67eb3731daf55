package io.callpipeline.crm.followup;

import io.callpipeline.crm.query.NotFoundException;

/** The call has no such task: answered as any unknown resource is (404). */
public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(long callId, long taskId) {
        super("Call " + callId + " has no task " + taskId);
    }
}
