package io.callpipeline.core.gibberish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A live stream's slot, every week or again on a day ("I go live every Sunday night", "אני בלייב כל יום ראשון בתשע
 * בערב", "Стрим каждую субботу в семь вечера", "I'll be live again on Saturday"): a streamer's schedule, whose day and
 * hour are the audience's to keep. The ending's reading ({@link EndingScan}) knows a live stream only beside a thanks
 * or a goodbye, and takes the day and the hour for a caller's meeting; a caller lives somewhere ("I live in Haifa"),
 * so English's "live" counts only in a phrase. The words are in {@code live-slots.tsv}.
 */
final class LiveSlots {

    /** The streamer live, by language: French's and German's "live" is English's "I live" in an English transcript. */
    private static final Map<String, PhraseIndex<Boolean>> LIVE = new HashMap<>();
    private static final Set<String> EVERY = new HashSet<>();
    private static final Set<String> AGAIN = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("live-slots.tsv")) {
            switch (columns[0]) {
                case "live" -> LIVE.computeIfAbsent(columns[1], language -> new PhraseIndex<>())
                        .add(Boolean.TRUE, columns[2]);
                case "every" -> WordLists.addLookupForms(EVERY, columns[2]);
                default -> WordLists.addLookupForms(AGAIN, columns[2]);
            }
        }
    }

    /** How far after "every" or "again" the day or the period stands ("כל יום ראשון", "again on Saturday"). */
    private static final int DAY_WITHIN = 3;

    /** A transcript this long at most: a streamer's line, not a talk. */
    private static final int MAX_WORDS = 16;

    private LiveSlots() {
    }

    /**
     * Whether the short transcript names the streamer live and a day or a period after "every" or "again", with no
     * question, nothing of the flat and nothing a caller asks for.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        PhraseIndex<Boolean> live = LIVE.get(t.transcript().language());
        if (words.size() > MAX_WORDS || live == null || !recurs(words) || live.in(words).isEmpty()) {
            return false;
        }
        return !TranscriptFeatures.asksAQuestion(t.transcript().text()) && !CallerWords.topicIn(words)
                && !CallerWords.asksOrSawIn(words);
    }

    /** Whether "every" or "again" has a day or a period within {@value #DAY_WITHIN} words after it. */
    private static boolean recurs(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String key = NumberWords.key(words.get(i));
            if (!EVERY.contains(key) && !AGAIN.contains(key)) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(words.size() - 1, i + DAY_WITHIN); j++) {
                List<String> day = List.of(words.get(j));
                if (MeetingDays.anyIn(day) || MeetingDays.periodIn(day)) {
                    return true;
                }
            }
        }
        return false;
    }
}
