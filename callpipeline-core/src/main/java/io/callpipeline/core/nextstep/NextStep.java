package io.callpipeline.core.nextstep;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Something the agent should do after the call ("לשלוח שלוש דירות עד יום חמישי"), as the model proposed
 * it: what to do, when it was said to be due in the call's words and in {@link Due}'s terms, and the date
 * that resolves to ({@link DueDates}), set by the pipeline from the call's day.
 *
 * @param task     what to do, in Hebrew
 * @param whenSaid when, in the words of the call ("אחרי החגים"), or {@code null}
 * @param due      when, as a kind the calendar can count from
 * @param dueDate  the date it is due, or {@code null} while unresolved or when nothing dated it
 */
public record NextStep(String task, String whenSaid, Due due, LocalDate dueDate) {

    /** The longest task text kept: a step, not a note. */
    public static final int MAX_TASK_LENGTH = 500;

    public NextStep {
        Objects.requireNonNull(task, "task");
        task = task.strip();
        if (task.length() > MAX_TASK_LENGTH) {
            task = task.substring(0, MAX_TASK_LENGTH);
        }
        whenSaid = whenSaid == null || whenSaid.isBlank() ? null : whenSaid.strip();
        due = due == null ? Due.NONE : due;
    }

    /** The same step dated by {@code dates} from the call's day. */
    public NextStep resolvedOn(LocalDate callDay, DueDates dates) {
        return new NextStep(task, whenSaid, due, dates.resolve(due, callDay));
    }

    /** The same step with its texts passed through {@code text} (how personal numbers are taken out). */
    public NextStep withTexts(UnaryOperator<String> text) {
        return new NextStep(text.apply(task), whenSaid == null ? null : text.apply(whenSaid), due, dueDate);
    }
}
