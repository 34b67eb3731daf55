package io.callpipeline.core.response;

import io.callpipeline.core.extraction.ExtractedField;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the CRM knows of a caller from before this call, so the model's reply picks up where the last
 * call ended ("as we said on Sunday…") instead of starting over. A store that keeps calls by customer
 * implements it; the default knows nothing. It must give only what the call's own owner may see: the
 * prompt is read by the model, and by nobody of another agency.
 */
@FunctionalInterface
public interface CallerHistory {

    /** Knows no earlier call. */
    CallerHistory NONE = recordingSid -> History.EMPTY;

    /** The caller's history before the call of this recording. */
    History before(String recordingSid);

    /**
     * @param calls     the caller's earlier answered calls, newest first
     * @param confirmed what agents confirmed about the caller from earlier calls
     * @param openTasks what agents still have to do for the caller from earlier calls, soonest due first
     */
    record History(List<EarlierCall> calls, List<ExtractedField> confirmed, List<OpenTask> openTasks) {

        public static final History EMPTY = new History(List.of(), List.of(), List.of());

        public History {
            calls = List.copyOf(calls);
            confirmed = List.copyOf(confirmed);
            openTasks = openTasks == null ? List.of() : List.copyOf(openTasks);
        }

        /** A history without open tasks. */
        public History(List<EarlierCall> calls, List<ExtractedField> confirmed) {
            this(calls, confirmed, List.of());
        }

        public boolean isEmpty() {
            return calls.isEmpty() && confirmed.isEmpty() && openTasks.isEmpty();
        }
    }

    /**
     * A task from an earlier call nobody has finished, so the reply does not promise it anew.
     *
     * @param task what to do
     * @param due  when it is due, or {@code null}
     */
    record OpenTask(String task, java.time.LocalDate due) {

        public OpenTask {
            Objects.requireNonNull(task, "task");
        }
    }

    /**
     * One earlier call, as the model reads it.
     *
     * @param at      when it took place
     * @param summary the model's summary of it (redacted, as stored)
     */
    record EarlierCall(Instant at, String summary) {

        public EarlierCall {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(summary, "summary");
        }
    }
}
