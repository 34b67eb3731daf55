package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ends of broadcasts other than videos, which Whisper learnt as it learnt videos' (the twenty-third to twenty-sixth
 * held-back sets were written in their genres): the ideas that end one alone or side by side (a station's ident, a
 * programme's heading, a breath in and out, a guide's orders to let go, a workout's count and push, a trailer's
 * cinemas, a match's score, a performer's crowd), and what tells a caller who goes on about the news in his own words.
 * Kept apart from {@link VideoOutroRule}, which weighs them with a video's ideas; an ordinal after a chapter, which
 * Hebrew spells as a day, is {@link MeetingDays}'s.
 */
final class Broadcasts {

    /** The video words that name a live broadcast, written as the video lists hold them ({@code live-streams.tsv}). */
    private static final Set<String> LIVE = WordLists.rows("live-streams.tsv").stream()
            .map(row -> String.join(" ", TranscriptFeatures.wordsOf(row[1]).stream().map(NumberWords::key).toList()))
            .collect(Collectors.toUnmodifiableSet());

    private Broadcasts() {
    }

    /**
     * Whether a video word found names a live broadcast ("stream", "לייב", "el directo"): beside one, a day or an hour
     * is the next stream's ("Всем спасибо за стрим, до завтра"), as it is the next episode's, not a caller's meeting. A
     * video a caller was sent ("Thanks for the video of the flat, see you tomorrow") names none.
     */
    static boolean live(Map<Idea, Set<String>> found) {
        return found.getOrDefault(Idea.VIDEO, Set.of()).stream().anyMatch(LIVE::contains);
    }

    /**
     * Whether the ideas found end a broadcast by themselves: a broadcast's own line ("You are listening to…", "В
     * предыдущих сериях"), a heading ("Previously on…", a forecast) that did not go on in its own words, or two ideas
     * that end one together: a breath in and out (where no "I" or "we" speaks: "Вдох-выдох, я понимаю, что дорого" is
     * a caller calming down), a guide's two orders to let go or one beside a breath ("Close your eyes. Let your body
     * relax"), a workout's count and its coach's push ("Twenty more seconds, don't give up!"), a
     * trailer's "soon" and its cinemas and a match's goal and score (side by side, {@link EndingScan}), a match's end
     * called and its result or score ("Full time, and the visitors take all three points"), a performer's
     * "you've been" and his crowd, a disclaimer and the video or the channel it is said of ("This video is for
     * educational purposes only"; a caller's "not financial advice" is of his own question), a note of where it was
     * recorded and the broadcast it is said of ("This lecture was recorded at the annual conference"), a presenter's
     * sign-off and the programme it names ("С вами была Марина и программа «Новости»").
     */
    static boolean endOne(Map<Idea, Set<String>> found, boolean speaker) {
        return found.containsKey(Idea.CATCHPHRASE) || found.containsKey(Idea.HEADING)
                || found.containsKey(Idea.DISCLAIMER)
                        && (found.containsKey(Idea.VIDEO) || found.containsKey(Idea.EPISODE))
                || found.containsKey(Idea.RECORDED) && named(found)
                || found.containsKey(Idea.INHALE) && found.containsKey(Idea.EXHALE) && !speaker
                || found.containsKey(Idea.RELAX) && (found.get(Idea.RELAX).size() >= 2
                        || found.containsKey(Idea.INHALE) || found.containsKey(Idea.EXHALE))
                || found.containsKey(Idea.REPS) && found.containsKey(Idea.EFFORT)
                || found.containsKey(Idea.SOON) && found.containsKey(Idea.CINEMA)
                || found.containsKey(Idea.GOAL) && found.containsKey(Idea.SCORE)
                || matchCalled(found)
                || found.containsKey(Idea.YOUWERE) && found.containsKey(Idea.CROWD)
                || EndingPhrases.presenterSignedOff(found) && named(found);
    }

    /**
     * Whether a match's end is called with its result or score ("Full time, and the visitors take all three points",
     * "סיום המשחק, הפועל ניצחה שתיים אחת"): a commentator's line, whose home side and visitors are the match's.
     */
    static boolean matchCalled(Map<Idea, Set<String>> found) {
        return found.containsKey(Idea.FULLTIME) && (found.containsKey(Idea.RESULT) || found.containsKey(Idea.SCORE));
    }

    /**
     * Whether a handover to the studio ending before {@code from} is the transcript's last words: nothing after it but
     * a pleasantry, a little word or a name ("Back to you in the studio, Tom"). A caller who went back to a studio flat
     * goes on about it ("…the studio on Dizengoff, the owner wants 4,000").
     */
    static boolean handsOverLast(TranscriptFeatures t, int from) {
        List<String> words = t.words();
        for (int i = from; i < words.size(); i++) {
            String word = words.get(i);
            if (!Pleasantries.isOne(word) && !t.writtenCapitalised(i)
                    && word.codePointCount(0, word.length()) > EndingScan.SMALL_WORD) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ideas found name a broadcast: a video, an episode, a lesson or a lecture, a programme. */
    static boolean named(Map<Idea, Set<String>> found) {
        return found.containsKey(Idea.VIDEO) || found.containsKey(Idea.EPISODE) || found.containsKey(Idea.SESSION)
                || found.containsKey(Idea.PROGRAMME);
    }

    /**
     * Where a broadcast named in {@code found} says it was recorded: the words after its note ("was recorded", ending
     * before {@code recordedEnds}) to the clause's end ("…at the annual real-estate conference in Haifa"), the note's
     * and not a caller's business; none when no note or no broadcast was found.
     */
    static BitSet whereRecorded(TranscriptFeatures t, int recordedEnds, Map<Idea, Set<String>> found) {
        BitSet where = new BitSet();
        if (recordedEnds >= 0 && recordedEnds < t.words().size() && named(found)) {
            where.set(recordedEnds, clauseEnd(t.text(), recordedEnds));
        }
        return where;
    }

    /** What ends a clause: a sentence's end, a comma, a colon, in the scripts of Israel's callers. */
    static final Pattern CLAUSES = Pattern.compile("[,:،.!?;\\n؟。！？…።፣]+");

    /**
     * Whether the news said to have been (at {@code programme}, {@link EndingScan#programmeThatWas}) is the caller's,
     * told by what he says of it in the same clause: "That was the news I was waiting for", "كانت هذه أخبار حلوة" (an
     * own word or "I" next). A bulletin goes on to its hour or its day ("That's the news for tonight", "C'était le
     * journal de 20 heures") or ends its clause ("Das waren die Nachrichten, einen schönen Tag noch"), after which a
     * caller goes on in his own words ("That was the news, the owner agreed!"). News of a caller's thing in its clause
     * is his ("Das waren die Nachrichten vom Vermieter", whose landlord German capitalises as it does a name).
     */
    static boolean callersNews(TranscriptFeatures t, int programme, Predicate<String> phraseWord) {
        List<String> words = t.words();
        if (programme < 0 || programme + 1 >= words.size()) {
            return false;
        }
        int clauseEnd = clauseEnd(t.text(), programme);
        if (programme + 1 >= clauseEnd) {
            return CallerWords.goesOnPast(t, phraseWord, programme + 1); // "That was the news, the owner agreed!"
        }
        if (CallerWords.anyIn(words.subList(programme + 1, clauseEnd))) {
            return true; // "Das waren die Nachrichten vom Vermieter": German writes the landlord as it writes a name
        }
        String next = words.get(programme + 1);
        // an own word: not a name (Hebrew's and Arabic's, without case, are read as own words), nor the day the
        // bulletin is for ("התחזית להיום", "прогноз на завтра")
        return CallerWords.isSpeaker(next, t.transcript().language())
                || next.codePointCount(0, next.length()) > EndingScan.SMALL_WORD
                        && !t.writtenCapitalised(programme + 1) && !phraseWord.test(next)
                        && !MeetingDays.anyIn(List.of(next)) && !WrapUps.isNow(next)
                || CallerWords.goesOnPast(t, phraseWord, programme + 1);
    }

    /** Where the clause that holds the word at {@code index} ends: the index of its first word after it. */
    static int clauseEnd(String text, int index) {
        int end = 0;
        for (String clause : CLAUSES.split(text)) {
            end += TranscriptFeatures.wordsOf(clause).size();
            if (end > index) {
                return end;
            }
        }
        return end;
    }

    /** The audience's own programme, as a presenter hands it over ("That's your forecast", "C'était votre météo"). */
    private static final Set<String> YOUR = Set.of("your", "our", "votre", "notre", "vostro", "nostro", "vuestro",
            "su", "ihr", "euer", "unser", "seu", "nosso", "ваш", "наш");

    /**
     * All of the programme, as a bulletin closes ("That's all the news for this hour", "Это были все новости", "هذه
     * كانت كل الأخبار", "Esas fueron todas las noticias"), in the languages the identifier names.
     */
    private static final Set<String> ALL = Set.of("all", "כל", "все", "всё", "усі", "всі", "كل", "toute", "toutes",
            "tous", "todas", "todos", "toda", "alle", "tutte", "tutti", "wszystkie", "toate", "όλες", "όλα", "همه",
            "tüm", "bütün", "ሁሉም");

    /** A programme's name may follow "that was" after this many words at most ("Those were the main headlines"). */
    private static final int MAX_BEFORE_THE_PROGRAMME = 2;

    /**
     * Whether the words between "that was" (ending at {@code was}) and the programme at {@code at} are only what may
     * stand before it: a definite article ({@link NewOnes#THE}), the audience's "your" ("That's your forecast"), a
     * name ("This has been BBC News"), a headline's adjective ("Это были главные новости"), all of it ("That's all the
     * news"); none at all is the likeliest ("Это были новости"). "That was great news" is a caller's.
     */
    static boolean namesTheProgramme(TranscriptFeatures t, int was, int at, BitSet headlines) {
        if (at - was - 1 > MAX_BEFORE_THE_PROGRAMME) {
            return false;
        }
        for (int i = was + 1; i < at; i++) {
            String between = t.words().get(i);
            if (!NewOnes.THE.contains(between) && !YOUR.contains(between) && !ALL.contains(between)
                    && !t.writtenCapitalised(i) && !headlines.get(i)) {
                return false;
            }
        }
        return true;
    }
}
