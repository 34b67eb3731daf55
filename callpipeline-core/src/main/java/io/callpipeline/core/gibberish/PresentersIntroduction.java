package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** The verbs that tell a subject with no crowd greeted (marked "bare"). */
    private static final PhraseIndex<String> BARE = new PhraseIndex<>();

    /** "Today" and the openers it may follow, each one word, looked up in the first words only. */
    private static final Set<String> TODAYS = new HashSet<>();
    private static final Set<String> OPENERS = new HashSet<>();

    private static final String BARE_VERB = "bare";
    private static final String OPENER = "opener";
    private static final String TODAY = "today";

    static {
        for (String[] columns : WordLists.rows("presenters-introductions.tsv")) {
            String phrase = columns[2].toLowerCase(Locale.ROOT);
            PHRASES.add(columns[0], phrase);
            if (columns.length > 3 && BARE_VERB.equals(columns[3])) {
                BARE.add(BARE_VERB, phrase);
            } else if (OPENER.equals(columns[0]) || TODAY.equals(columns[0])) {
                (OPENER.equals(columns[0]) ? OPENERS : TODAYS).add(NumberWords.key(phrase));
            }
        }
    }

    /** How many openers may stand before a bare opening's "today" ("okay, so, today…"). */
    private static final int OPENERS_BEFORE = 2;

    /** How far after a bare opening's "today" its verb stands ("today | we are going to be | talking about"). */
    private static final int BARE_TOLD_AFTER = 6;

    /**
     * The words that say with whom a caller will talk or explain ("with my husband", "с женой", "mit dem Vermieter"):
     * an audience is told a subject, a person is spoken with.
     */
    private static final Set<String> COMPANIONS = Set.of("with", "con", "col", "mit", "с", "со",
            "з", "із", "עם", "مع", "avec", "com");

    /**
     * The words that say to whom, a few words on ("explain everything to my wife", "tout expliquer au propriétaire"),
     * unless a question word makes an infinitive of them ("how to get a mortgage").
     */
    private static final Set<String> TO_WHOM = Set.of("to", "au", "aux");

    /** The words that say to whom right after the verb only: further on they are articles and places ("à Paris"). */
    private static final Set<String> TO_WHOM_RIGHT_AFTER = Set.of("a", "à", "ao", "al");

    /** The question words before which "to" is an infinitive's ("how to", "what to"). */
    private static final Set<String> INFINITIVE_AFTER = Set.of("how", "what", "where", "when", "why", "which",
            "whether");

    /** How many words after the verb a companion still says who the caller talks with ("the whole thing to the"). */
    private static final int COMPANION_WITHIN = 4;

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

    /**
     * Today's subject's bare verb, where it stands, when "today" opens the transcript, after at most {@value
     * #OPENERS_BEFORE} openers, and no companion follows the verb, or null: a lesson or a video opens so ("Okay, so
     * today we're going to be talking about…", "Сегодня мы поговорим об ипотеке"); a caller who talks today talks with
     * someone.
     */
    static PhraseIndex.Found<String> bareSubject(List<String> words) {
        int today = -1;
        for (int i = 0; i <= OPENERS_BEFORE && i < words.size(); i++) {
            String key = NumberWords.key(words.get(i));
            if (TODAYS.contains(key)) {
                today = i;
                break;
            }
            if (!OPENERS.contains(key)) {
                return null;
            }
        }
        if (today < 0) {
            return null;
        }
        for (PhraseIndex.Found<String> verb : BARE.in(words)) {
            if (verb.from() > today && verb.from() <= today + BARE_TOLD_AFTER && !spokenWith(words, verb.to())) {
                return verb;
            }
        }
        return null;
    }

    /** Whether a companion follows the verb, whose next word is {@code after}, or a Hebrew "to" written onto one. */
    private static boolean spokenWith(List<String> words, int after) {
        for (int i = after; i < after + COMPANION_WITHIN && i < words.size(); i++) {
            String word = words.get(i);
            if (COMPANIONS.contains(word) || TO_WHOM.contains(word) && !INFINITIVE_AFTER.contains(words.get(i - 1))
                    || i == after && (TO_WHOM_RIGHT_AFTER.contains(word)
                            || word.length() > 3 && word.startsWith("ל") && !word.startsWith("לכ"))) {
                return true;
            }
        }
        return false;
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
