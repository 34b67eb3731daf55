package io.callpipeline.crm.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What an agent looks for: words said in the call, in its answer, or in the customer's name or
 * number, within dates and statuses, for one customer or all. Every word must be found. Hebrew has
 * no stemmer here; a word is found inside longer ones ("דירה" in "הדירה", "לדירה"), and a word typed
 * with one of the prefixes ו ה ב ל מ ש כ is also looked for without it ("בדירה" finds "דירה").
 *
 * @param text          the words, as typed; blank for none
 * @param from          the first day, or {@code null}
 * @param to            the last day (inclusive), or {@code null}
 * @param zone          the days' time zone
 * @param statuses      only calls in these states; empty for all
 * @param customerId    only this customer's calls, or {@code null}
 * @param unassignedOnly only calls that belong to no customer
 */
public record CallSearch(String text, LocalDate from, LocalDate to, ZoneId zone, Set<CallStatus> statuses,
        Long customerId, boolean unassignedOnly) {

    private static final String PREFIXES = "והבלמשכ";
    private static final int MAX_WORDS = 8;

    public CallSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        zone = zone == null ? ZoneId.of("Asia/Jerusalem") : zone;
    }

    /** The recent calls: no words, no dates. */
    public static CallSearch recent(Collection<CallStatus> statuses, boolean unassignedOnly) {
        return new CallSearch(null, null, null, null, Set.copyOf(statuses), null, unassignedOnly);
    }

    /** Each word, with the forms it is also looked for in; at most eight words, of two characters or more. */
    public List<List<String>> words() {
        List<List<String>> words = new ArrayList<>();
        for (String word : CallSearchText.normalize(text).split(" ")) {
            if (word.codePointCount(0, word.length()) < 2 || words.size() == MAX_WORDS) {
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(word));
            String digits = word.replaceAll("\\D", "");
            if (digits.length() >= 3 && !digits.equals(word) && word.matches("[+0-9() .-]+")) {
                forms.add(digits);
            }
            if (word.length() >= 4 && PREFIXES.indexOf(word.charAt(0)) >= 0) {
                forms.add(word.substring(1));
            }
            words.add(List.copyOf(forms));
        }
        return words;
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
