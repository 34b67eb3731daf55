package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Locale;

/**
 * A presenter's opening that greets a crowd, says who is speaking and tells today's subject, with no video named
 * ("Hey everybody, it's Dan here, and today I'm going to walk you through…", "שלום לכולם, אני יובל, והיום נבדוק…",
 * "Всем привет, с вами Дима, и сегодня мы разберём…"): the video is being watched, so its presenter need not name it.
 * A caller greets a group and names himself too ("Hi guys, it's Dan, I'm at the flat"), and goes on to where he is,
 * what he will see, a day or a question; what he says today is rarely a subject told, and never with a day, an hour or
 * a number beside it. The self-introductions and the verbs that tell a subject are listed per language in {@code
 * presenters-introductions.tsv}.
 */
final class PresentersIntroduction {

    private static final PhraseIndex<String> PHRASES = new PhraseIndex<>();

    static {
        for (String[] columns : WordLists.rows("presenters-introductions.tsv")) {
            PHRASES.add(columns[0], columns[2].toLowerCase(Locale.ROOT));
        }
    }

    /** How far into the transcript the crowd is greeted ("Hey everybody", "Всем привет", "Salut tout le monde"). */
    private static final int GREETED_WITHIN = 4;

    /** How far into the transcript the presenter names himself, after greeting the crowd. */
    private static final int INTRODUCED_WITHIN = 7;

    /** How far after the self-introduction "today" stands (a name of a word or two, "here", "and" between). */
    private static final int TODAY_AFTER = 4;

    /** How far after "today" the subject's verb stands ("today | I'm going to | walk you through"). */
    private static final int TOLD_AFTER = 5;

    private PresentersIntroduction() {
    }

    /**
     * Where today's subject starts (its verb), after a crowd greeted, the presenter's self-introduction and "today",
     * or -1: most transcripts greet no crowd in their first words and stop there.
     */
    static int subjectAt(List<String> words) {
        if (!saysToday(words) || !VideoOutroRule.callsItsAudience(words, GREETED_WITHIN)) {
            return -1;
        }
        List<PhraseIndex.Found<String>> found = PHRASES.in(words);
        for (PhraseIndex.Found<String> intro : found) {
            if (!intro.meaning().equals("intro") || intro.from() >= INTRODUCED_WITHIN) {
                continue;
            }
            for (int today = intro.to() + 1; today <= intro.to() + TODAY_AFTER && today < words.size(); today++) {
                if (!isToday(words.get(today))) {
                    continue;
                }
                for (PhraseIndex.Found<String> verb : found) {
                    if (verb.meaning().equals("verb") && verb.from() > today && verb.from() <= today + TOLD_AFTER) {
                        return verb.from();
                    }
                }
            }
        }
        return -1;
    }

    /** Whether "today" is said after a greeting and a name's room: most calls that greet a crowd say none. */
    private static boolean saysToday(List<String> words) {
        for (int i = 2; i < words.size(); i++) {
            if (isToday(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word says "today" or "now", with a Hebrew ו or an Arabic و ("and") written onto it ("והיום"). */
    private static boolean isToday(String word) {
        return WrapUps.isNow(word) || Pleasantries.startsWithAnd(word) && WrapUps.isNow(word.substring(1));
    }
}
