package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.transcription.Transcript;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A presenter's goodbye till the day the audience is seen again ("…and I'll see you guys tomorrow", "נתראה ביום
 * חמישי", "nos vemos el lunes"), said after an ending that is clear on its own. A day named excuses a short goodbye
 * ({@link CallersExcuses}), since a caller says "thanks for the viewing, see you tomorrow"; but a caller does not first
 * wrap up today's episode, tell an audience to like or subscribe, or point it to a link below, and after such an ending
 * the day is the series' schedule. So the goodbye, a clause of its own at the transcript's end made only of a
 * goodbye's, a day's, the audience's and little words, is taken off, and what is left is judged alone: it ends a video
 * when {@link VideoOutroRule} catches it and it names a broadcast or orders its audience, which a thanks for watching
 * or a wrap-up alone ("That's it for today, see you Sunday") does not. A lesson's homework till a day is its class's
 * schedule the same way ("That concludes today's lecture. Please read chapter six for Thursday", "תקראו את פרק ארבע עד
 * יום ראשון", {@code homework.tsv}), taken off only where what is left names a lesson: a caller asks his agent to read
 * the contract by Monday, which names a caller's word.
 */
final class ScheduledGoodbyes {

    /** Where a clause ends: a comma, a sentence's mark, a dash between spaces. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("[,.!?;:،؛…。！？]+|\\s[-–—]\\s");

    /** A word that joins a goodbye to the clause before it ("and I'll see you…", "и увидимся…", "y nos vemos…"). */
    private static final Pattern JOINS = Pattern.compile(
            "(?iu)(?<=^|\\s)(?:and|so|и|і|а|y|e|et|und|و|ve|en|i|και)(?=\\s)");

    /** What the part before the goodbye says when it names a broadcast or what only an audience is told to do. */
    private static final Set<Idea> CLEAR = EnumSet.of(Idea.ENGAGE, Idea.CATCHPHRASE, Idea.VIDEO, Idea.SESSION,
            Idea.EPISODE, Idea.PROGRAMME, Idea.FILM, Idea.REMIND);

    /** The ideas a goodbye is made of: the goodbye, "soon", the audience, "next". */
    private static final Set<Idea> GOODBYES = EnumSet.of(Idea.NEXT, Idea.SOON, Idea.AUDIENCE, Idea.FOLLOWING);

    /** The words the part before the goodbye must hold: one alone is the short goodbye's. */
    private static final int MIN_REST_WORDS = 2;

    private ScheduledGoodbyes() {
    }

    /**
     * The transcript without the goodbye till a day at its end, when it ends in one; empty for most transcripts, which
     * name no day or go on after it.
     */
    static Optional<TranscriptFeatures> before(TranscriptFeatures t) {
        if (!MeetingDays.anyIn(t.words())) {
            return Optional.empty(); // most transcripts: no day named
        }
        String text = t.transcript().text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher end = CLAUSE_ENDS.matcher(text);
        while (end.find()) {
            starts.add(end.end());
        }
        int goodbye = text.length();
        boolean homework = false;
        for (int c = starts.size() - 1; c >= 0; c--) {
            String clause = text.substring(starts.get(c), goodbye);
            List<String> words = TranscriptFeatures.wordsOf(clause);
            if (words.isEmpty() || allAGoodbyes(words)) {
                goodbye = starts.get(c);
                continue;
            }
            if (setsHomework(words)) { // "…, read chapter four before Monday"
                homework = true;
                goodbye = starts.get(c);
                continue;
            }
            goodbye = starts.get(c) + joinedAt(clause);
            break;
        }
        String language = t.transcript().language();
        TranscriptFeatures said = TranscriptFeatures.of(new Transcript(language, text.substring(goodbye), List.of(),
                "", null));
        List<String> goodbyeWords = said.words();
        // "выполните упражнение номер три": the homework's number is no caller's
        List<String> ownWords = homework ? goodbyeWords.stream().filter(w -> !DO.contains(NumberWords.key(w))).toList()
                : goodbyeWords;
        if (goodbyeWords.isEmpty() || !MeetingDays.anyIn(goodbyeWords) || MeetingDays.hourIn(goodbyeWords)
                || CallerWords.anyIn(ownWords)) {
            return Optional.empty();
        }
        TranscriptFeatures rest = TranscriptFeatures.of(new Transcript(language, text.substring(0, goodbye).strip(),
                List.of(), "", null));
        if (rest.words().size() < MIN_REST_WORDS) {
            return Optional.empty();
        }
        if (homework) { // homework is set after a lesson only: "The lesson is over, read the contract by Monday" isn't
            return rest.words().stream().anyMatch(w -> EndingWords.carries(w, Idea.SESSION)) ? Optional.of(rest)
                    : Optional.empty();
        }
        EndingScan scan = new EndingScan(said);
        return scan.goodbyes > 0 || scan.seeYou ? Optional.of(rest) : Optional.empty();
    }

    /** What homework is set ({@code homework.tsv}'s work: a chapter, an exercise) and the orders around it (do). */
    private static final Set<String> WORK = new HashSet<>();
    private static final Set<String> DO = new HashSet<>();

    static {
        for (String[] columns : WordLists.rows("homework.tsv")) {
            Set<String> kind = "work".equals(columns[0]) ? WORK : DO;
            for (String word : WordLists.words(columns[2])) {
                kind.add(NumberWords.key(TranscriptFeatures.normalize(word)));
            }
        }
    }

    /** Whether any of the words names homework set ("chapter", "פרק", "главу"): most transcripts name none. */
    static boolean namesHomework(List<String> words) {
        return words.stream().anyMatch(w -> WORK.contains(NumberWords.key(w)));
    }

    /**
     * Whether a clause sets homework till a day ("read chapter four before Monday", "תקראו את פרק ארבע עד יום ראשון"):
     * homework named, and every other word an order to do it, a number, a day's, a goodbye's or a little one.
     */
    private static boolean setsHomework(List<String> words) {
        if (!namesHomework(words) || !MeetingDays.anyIn(words)) {
            return false;
        }
        List<String> rest = words.stream().filter(w -> !WORK.contains(NumberWords.key(w))
                && !DO.contains(NumberWords.key(w)) && NumberWords.value(w).isEmpty()
                && !EndingWords.carries(w, Idea.REMIND)).toList();
        return rest.isEmpty() || allAGoodbyes(rest);
    }

    /**
     * Whether what is left once the goodbye is taken off (as {@code scan} read it) is an ending clear on its own: it
     * names a broadcast, a video, a link or a like, or tells its audience what only a video's is told ({@link
     * CallersExcuses#ordersTheAudience}).
     */
    static boolean clear(TranscriptFeatures rest, EndingScan scan) {
        return scan.found.keySet().stream().anyMatch(CLEAR::contains) || scan.thisVideo || scan.nextVideo
                || scan.filmEnds || CallersExcuses.ordersTheAudience(scan, rest.words(), scan.filmEnds);
    }

    /**
     * Where, in a clause that is not all a goodbye, the goodbye joined to it starts ("Hit the like button | and we'll
     * see you on Monday"): at the first joining word after which every word is a goodbye's, which holds the longest
     * goodbye; the clause's end when none does.
     */
    private static int joinedAt(String clause) {
        Matcher join = JOINS.matcher(clause);
        while (join.find()) {
            List<String> after = TranscriptFeatures.wordsOf(clause.substring(join.end()));
            if (!after.isEmpty() && allAGoodbyes(after)) {
                return join.start();
            }
        }
        return clause.length();
    }

    /**
     * Whether every word is a goodbye's, a day's (or the word before or after a day's name), the audience's, a
     * pleasantry or a little one ("and I'll see you all on Monday", "so take care and see you soon"): a goodbye here,
     * and a long ending's sign-off in {@link InventionPieces#signsOff}.
     */
    static boolean allAGoodbyes(List<String> words) {
        BitSet phrases = PhraseIndex.where(EndingPhrases.in(words).stream()
                .filter(p -> GOODBYES.contains(p.meaning())).toList());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean goodbyes = phrases.get(i) || word.length() <= EndingScan.SMALL_WORD || Pleasantries.isOne(word)
                    || EndingWords.carriesAny(word, GOODBYES)
                    || MeetingDays.anyIn(List.of(word)) || MeetingDays.periodIn(List.of(word))
                    // the day's own word before its name ("ביום חמישי", "يوم الخميس"), and its part after it ("à
                    // demain matin", "завтра утром", "domani mattina"): a caller's place there is his own word
                    || i + 1 < words.size() && MeetingDays.anyIn(List.of(words.get(i + 1)))
                    || i > 0 && MeetingDays.anyIn(List.of(words.get(i - 1)));
            if (!goodbyes) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The same" said of a channel or a show ("באותו ערוץ", "بنفس القناة", "на том же канале", "same channel", "même
     * chaîne"): the series' next broadcast where it always is, a goodbye till which is its schedule, as the next
     * episode's is. A caller's office or hour is the same too, but no channel.
     */
    private static final Set<String> SAME = Set.of("same", "באותו", "באותה", "אותו", "אותה", "بنفس", "نفس", "же",
            "même", "mismo", "misma", "gleichen", "selben", "stesso", "stessa", "mesmo", "mesma");

    /** How far before the video's word "the same" may stand ("на том же канале": "же" just before it). */
    private static final int SAME_REACH = 2;

    /** Whether "the same" stands just before the video's word at {@code video} ({@link #SAME}). */
    static boolean sameOne(List<String> words, int video) {
        for (int i = Math.max(0, video - SAME_REACH); i < video; i++) {
            if (SAME.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
