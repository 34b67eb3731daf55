package io.callpipeline.crm.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A customer's calls as CSV that opens right in Excel: UTF-8 with a byte-order mark (without it
 * Excel reads Hebrew as Latin-1), a header row in Hebrew, every field quoted when it holds a comma,
 * a quote or a line break (RFC 4180), and a formula-looking field made text, so a transcript that
 * starts with "=", "+", "-", "@", a tab or a carriage return is never run as a formula.
 */
final class CallsCsv {

    static final String BOM = "\uFEFF";

    /** What a spreadsheet may read as the start of a formula (OWASP's list: a tab or carriage return too). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    static final List<String> HEADER = List.of("תאריך", "משך (שניות)", "סטטוס", "כיוון", "מספר", "שפה", "תמלול",
            "סיכום", "הצעת תשובה", "כוונה", "לחזור ללקוח", "מזהה הקלטה");

    private CallsCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(BOM);
        row(out, HEADER);
    }

    static void write(Writer out, CallView call) throws IOException {
        CallView.TranscriptView t = call.transcript();
        CallView.ResponseView r = call.response();
        row(out, List.of(call.displayTime(), call.durationSeconds() == null ? "" : call.durationSeconds().toString(),
                call.status().apiValue(), call.direction() == null ? "" : call.direction().apiValue(),
                call.withheld() ? "חסוי" : nullToEmpty(call.counterpart()),
                t == null ? "" : nullToEmpty(t.languageName() != null ? t.languageName() : t.language()),
                t == null ? "" : nullToEmpty(t.text()), r == null ? "" : nullToEmpty(r.summary()),
                r == null ? "" : nullToEmpty(r.suggestedReply()), r == null ? "" : nullToEmpty(r.intent()),
                r == null ? "" : (r.followUpNeeded() ? "כן" : "לא"), call.recordingSid()));
    }

    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?[0-9][0-9 .,:-]*")) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
