package io.callpipeline.core.gibberish;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The audience told to send its questions in ("Send us your questions for the show, we read them all", "תשלחו לי
 * שאלות בפרטי, אני עונה לכולם", "Присылайте вопросы для передачи, мы читаем все"): a show's line about its mail. The
 * order to send is what a caller asks too ("send me"), so it counts beside the questions or the private messages it
 * sends to, and beside the show named, a wrap-up or a promise to read or answer them all; the flat, a question, a
 * number or an hour excuses. The words are in {@code questions-sent-in.tsv}.
 */
final class QuestionsSentIn {

    private static final PhraseIndex<String> PHRASES = new PhraseIndex<>();
    private static final Set<String> OBJECTS = new HashSet<>();
    private static final String ORDER = "order";
    private static final String PROMISE = "promise";

    static {
        for (String[] columns : WordLists.rows("questions-sent-in.tsv")) {
            if ("object".equals(columns[0])) {
                WordLists.addLookupForms(OBJECTS, columns[2]);
            } else {
                PHRASES.add(columns[0], columns[2]);
            }
        }
    }

    /** The ideas that name a show: a video or a channel, an episode, a programme, a lesson or a talk. */
    private static final Set<EndingWords.Idea> SHOW = EnumSet.of(EndingWords.Idea.VIDEO, EndingWords.Idea.EPISODE,
            EndingWords.Idea.PROGRAMME, EndingWords.Idea.SESSION);

    /** How far from the order its questions stand ("questions for the show, | email us"). */
    private static final int OBJECT_WITHIN = 6;

    /** A transcript this long at most: a show's line, not a talk. */
    private static final int MAX_WORDS = 16;

    private QuestionsSentIn() {
    }

    /**
     * Whether the short transcript orders its audience to send its questions in, beside the show, a wrap-up or a
     * promise to read them all, with no question, number or hour and nothing of the flat.
     */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        // most calls name no question sent in: the phrases are looked up only beside one
        if (words.size() > MAX_WORDS || words.stream().noneMatch(w -> OBJECTS.contains(NumberWords.key(w)))) {
            return false;
        }
        List<PhraseIndex.Found<String>> found = PHRASES.in(words);
        boolean ordered = found.stream().anyMatch(f -> ORDER.equals(f.meaning()) && objectBeside(words, f));
        if (!ordered) {
            return false;
        }
        boolean beside = found.stream().anyMatch(f -> PROMISE.equals(f.meaning()))
                || words.stream().anyMatch(w -> EndingWords.carriesAny(w, SHOW)) || !WrapUps.in(words).isEmpty();
        String text = t.transcript().text();
        return beside && !CallerWords.asksOrCounts(text) && !MeetingDays.hourIn(words)
                && !CallerWords.topicIn(words);
    }

    /** Whether a question or the private messages stand within {@value #OBJECT_WITHIN} words of the order. */
    private static boolean objectBeside(List<String> words, PhraseIndex.Found<String> order) {
        int from = Math.max(0, order.from() - OBJECT_WITHIN);
        int to = Math.min(words.size(), order.to() + OBJECT_WITHIN);
        for (int i = from; i < to; i++) {
            if (OBJECTS.contains(NumberWords.key(words.get(i)))) {
                return true;
            }
        }
        return false;
    }
}
