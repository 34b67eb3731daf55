package io.callpipeline.core.response;

import io.callpipeline.core.extraction.ExtractedField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The caller's history as the model reads it, before the call's transcript: what agents confirmed, then
 * the earlier calls' summaries, newest first, each whole or not at all, until the token budget is spent.
 * Tokens are estimated, not counted (no tokenizer ships with the SDK): Hebrew text runs about one token for
 * every two to three characters in OpenAI's tokenizers, so a character is counted as 0.5 token, which errs
 * towards sending less.
 */
final class HistorySection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ZoneId.of("Asia/Jerusalem"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private HistorySection() {
    }

    /** The estimated tokens of {@code text}. */
    static int tokens(CharSequence text) {
        return (text.length() + 1) / 2;
    }

    /** The section, or nothing when the history is empty or not one line of it fits the budget. */
    static String of(CallerHistory.History history, int budget) {
        if (history.isEmpty() || budget <= 0) {
            return "";
        }
        StringBuilder section = new StringBuilder("מה שידוע על המתקשר משיחות קודמות (המשך מהנקודה שבה הסתיימה השיחה האחרונה):\n");
        int spent = tokens(section);
        int lines = 0;
        if (!history.confirmed().isEmpty()) {
            StringBuilder confirmed = new StringBuilder("פרטים שהסוכן אישר: ");
            for (ExtractedField field : history.confirmed()) {
                confirmed.append(field.label()).append(": ").append(field.value()).append("; ");
            }
            confirmed.append('\n');
            if (spent + tokens(confirmed) <= budget) {
                section.append(confirmed);
                spent += tokens(confirmed);
                lines++;
            }
        }
        if (!history.openTasks().isEmpty()) {
            StringBuilder open = new StringBuilder("משימות פתוחות משיחות קודמות: ");
            for (CallerHistory.OpenTask task : history.openTasks()) {
                open.append(task.task().strip());
                if (task.due() != null) {
                    open.append(" (עד ").append(DATE.format(task.due())).append(')');
                }
                open.append("; ");
            }
            open.append('\n');
            if (spent + tokens(open) <= budget) {
                section.append(open);
                spent += tokens(open);
                lines++;
            }
        }
        for (CallerHistory.EarlierCall call : history.calls()) {
            String line = "- שיחה מ-" + DAY.format(call.at()) + ": " + call.summary().strip() + "\n";
            if (spent + tokens(line) > budget) {
                break;
            }
            section.append(line);
            spent += tokens(line);
            lines++;
        }
        return lines == 0 ? "" : section.append('\n').toString();
    }
}
