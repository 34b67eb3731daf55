package io.callpipeline.crm.call;

import com.fasterxml.jackson.annotation.JsonValue;
import io.callpipeline.core.nextstep.DueKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing an agent should do after a call, made from a step the model proposed: what, by when (the date
 * worked out from the call's day, and the words that said it), and whether it is done, by whom and when.
 * Made when the call's answer is saved ({@link JpaTranscriptStore}); a new answer replaces the tasks nobody
 * finished and keeps the finished ones. It belongs to its call, so whoever sees the call sees its tasks.
 */
@Entity(name = "CallpipelineCallTask")
@Table(name = "callpipeline_call_task")
public class CallTask {

    /** Where a task stands. */
    public enum Status {
        OPEN, DONE;

        /** The status as the API writes it: {@code open} or {@code done}. */
        @JsonValue
        public String apiValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_log_id")
    private CallLog call;

    @Column(name = "step_index", nullable = false)
    int stepIndex;
    @Column(nullable = false, length = 500)
    String task;
    @Column(name = "when_said", length = 200)
    String whenSaid;
    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false, length = 32)
    DueKind dueKind;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Status status = Status.OPEN;
    @Column(name = "done_at")
    Instant doneAt;
    @Column(name = "done_by", length = 200)
    String doneBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected CallTask() {
    }

    CallTask(CallLog call, int stepIndex, String task, String whenSaid, DueKind dueKind, LocalDate dueDate,
            Instant createdAt) {
        this.call = call;
        this.stepIndex = stepIndex;
        this.task = task;
        this.whenSaid = whenSaid == null || whenSaid.length() <= 200 ? whenSaid : whenSaid.substring(0, 200);
        this.dueKind = dueKind;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public CallLog getCall() {
        return call;
    }

    /** Its place among its call's tasks, first proposed first. */
    public int getStepIndex() {
        return stepIndex;
    }

    public String getTask() {
        return task;
    }

    /** When, in the call's words, or {@code null}. */
    public String getWhenSaid() {
        return whenSaid;
    }

    public DueKind getDueKind() {
        return dueKind;
    }

    /** The day it is due, or {@code null} when nothing dated it. */
    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    /** Who marked it done, as the access log names users. */
    public String getDoneBy() {
        return doneBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Marks it done by {@code actor} at {@code at}, or open again ({@code done} false). */
    public void mark(boolean done, String actor, Instant at) {
        this.status = done ? Status.DONE : Status.OPEN;
        this.doneBy = done ? actor : null;
        this.doneAt = done ? at : null;
    }
}
