package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A video's opening longer than {@link VideoOutroRule} reads short transcripts: the presenter greets the audience,
 * says who is speaking and what today's video will show ("Hey guys, it's Noa, and in today's video I'm going to show
 * you five mistakes people make when they rent their first apartment"). Its subject may be any flat, so the flat's
 * words excuse nothing; what no caller says is the video being watched, named as today's or as this one, right after
 * greeting a crowd. A caller who greets a group ("Hi guys, it's Noa") goes on to what he saw or asks, a day, a
 * number or a question, and any of those makes it a call; what the presenter says after telling the subject ("I'm
 * going to show you how to pay less rent") is the subject's, not an ask.
 */
final class LongOpenings {

    /** An opening is a sentence or two: a longer transcript is a call's. */
    static final int MAX_WORDS = 40;

    /** How far into the transcript the audience is greeted ("Hey guys", "Hola a todos", "مرحبا يا جماعة"). */
    private static final int GREETED_WITHIN = 3;

    /** How far from the video's word its "today" stands ("in today's video", "בסרטון של היום", "el video de hoy"). */
    private static final int TODAY_REACH = 3;

    /**
     * How far into the transcript a welcome stands ("Hey guys, welcome back…", "Hello everyone and welcome…", "Salut
     * tout le monde et bienvenue…", "Всем привет, дорогие друзья, и добро пожаловать…"): after a greeting of the
     * audience, which French and Russian say in more words.
     */
    private static final int WELCOMED_WITHIN = 7;

    /** How far after the video it welcomes to today's subject starts ("…to the channel, today…", "…and today…"). */
    private static final int TODAY_AFTER = 2;

    /** How many words name the instalment after "another" ("another | apartment tour", "לעוד | סיור נכסים"). */
    private static final int INSTALMENTS_NAME = 2;

    private LongOpenings() {
    }

    /** Whether the transcript is a video's opening, greeting its audience and naming today's video. */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() > MAX_WORDS) {
            return false;
        }
        List<PhraseIndex.Found<Idea>> phrases = EndingPhrases.in(words);
        int today = subjectAfterAWelcome(words);
        // "If you're new here, my name is Rachel and I help…": the presenter introduced to new viewers
        today = today >= 0 ? today : afterTheNewcomers(words, phrases);
        // "Hey everybody, it's Dan here, and today I'm going to walk you through…": the presenter names himself
        today = today >= 0 ? today : PresentersIntroduction.subjectAt(words);
        boolean ident = today < 0 && identOpens(phrases);
        if (today < 0 && !ident && !VideoOutroRule.callsItsAudience(words, GREETED_WITHIN)) {
            return false; // most calls stop here: no crowd greeted, nobody welcomed to a channel, no station's ident
        }
        List<String> beforeTheSubject = today >= 0 ? words.subList(0, today) : beforeTheSubject(words);
        return (today >= 0 || ident || namesTodaysVideo(words) || toldToStayTillItsEnd(words, phrases)
                || toldAsTheCrowdAsked(words, beforeTheSubject, phrases))
                && arrangesNothing(t, beforeTheSubject);
    }

    /**
     * Whether a transcript of any length up to {@value #MAX_WORDS} words opens as a presenter who greets a crowd,
     * names himself and tells today's subject ({@link PresentersIntroduction}), with nothing a caller arranges.
     */
    static boolean introducesTodaysSubject(TranscriptFeatures t) {
        List<String> words = t.words();
        int subject = words.size() > MAX_WORDS ? -1 : PresentersIntroduction.subjectAt(words);
        return subject >= 0 && arrangesNothing(t, words.subList(0, subject));
    }

    /**
     * Whether a transcript of any length up to {@value #MAX_WORDS} words opens on "today" and a verb that tells its
     * subject ({@link PresentersIntroduction#bareSubject}), with no number, question, day or hour, nothing asked or
     * seen anywhere and no door: no crowd greeted, so a caller's own words anywhere are enough to excuse it.
     */
    static boolean opensOnTodaysSubject(TranscriptFeatures t) {
        List<String> words = t.words();
        PhraseIndex.Found<String> verb = words.size() <= MAX_WORDS ? PresentersIntroduction.bareSubject(words) : null;
        if (verb == null) {
            return false;
        }
        // the verb is no caller's asking to talk ("اليوم سنتكلم عن…", "رح نحكي عن…"); his asking anywhere else is
        BitSet told = InventionPieces.subjectIn(words);
        told.set(verb.from(), verb.to());
        return arrangesNothing(t, PhraseIndex.outside(words, told));
    }

    /**
     * No number, question, day or hour, nothing asked or seen before the subject is told and no door: what a caller
     * who greets a group goes on to, and an opening does not.
     */
    private static boolean arrangesNothing(TranscriptFeatures t, List<String> beforeTheSubject) {
        List<String> words = t.words();
        String text = t.transcript().text();
        return text.chars().noneMatch(Character::isDigit)
                && !CallersOwnWords.asksACallersQuestion(text) && !MeetingDays.anyIn(words)
                && !MeetingDays.hourIn(words) && !CallerWords.asksOrSawIn(beforeTheSubject)
                && !CallerWords.doorIn(words);
    }

    /**
     * The words that open a clause saying what happens in the episode just named ("another episode where we look at
     * homes…", "לעוד פרק שבו נבדוק", "zu einer weiteren Folge, in der wir…", "un nuevo episodio en el que").
     */
    private static final Set<String> WHERE = Set.of("where", "which", "שבו", "שבה", "בו", "בה", "где", "котором",
            "которой", "donde", "que", "où", "lequel", "laquelle", "wo", "der", "dem", "denen", "dove", "cui", "onde",
            "الذي", "التي", "اللي", "فيها", "فيه");

    /**
     * Where today's subject starts after a welcome to the video itself ("Welcome back to the channel, today we're
     * touring a gorgeous penthouse", "Bienvenue dans ce nouvel épisode, aujourd'hui on visite…"), or -1: the welcome
     * opens the transcript, goes on to a channel, a vlog or an episode ({@link Pleasantries#welcomeGoesOnTo}), and
     * "today", or a clause of what happens in it ({@link #WHERE}), follows it at once; or to another of the series,
     * whatever it is called ({@link Pleasantries#welcomedToAnother}). The subject is any flat in any
     * words, and no caller's: nobody welcomes his agent to a channel, and a caller's welcome home or to the country
     * names no video.
     */
    static int subjectAfterAWelcome(List<String> words) {
        for (int welcome = 0; welcome < Math.min(WELCOMED_WITHIN, words.size()); welcome++) {
            if (!EndingWords.carries(words.get(welcome), Idea.WELCOME)) {
                continue;
            }
            for (int video = welcome + 2; video < words.size(); video++) {
                if (EndingWords.carries(words.get(video), Idea.VIDEO)
                        && Pleasantries.welcomeGoesOnTo(words, welcome, video)) {
                    for (int j = video + 1; j <= Math.min(words.size() - 1, video + TODAY_AFTER); j++) {
                        if (WrapUps.isNow(words.get(j)) || WHERE.contains(words.get(j))) {
                            return j;
                        }
                    }
                    return -1;
                }
            }
        }
        // "ברוכים הבאים לעוד סיור דירות, היום אנחנו בקומה…": another of the series, whatever it is called, in a word
        // or two after "another"
        int instalment = Pleasantries.anotherWelcomedTo(words);
        int reach = instalment + INSTALMENTS_NAME + TODAY_AFTER;
        for (int j = instalment + 1; instalment >= 0 && j <= Math.min(words.size() - 1, reach); j++) {
            if (WrapUps.isNow(words.get(j)) || WHERE.contains(words.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The words before the presenter tells the subject ("I'm going to show you", "я покажу вам"): what follows is the
     * video's subject, whose paying or sending is no caller's ask ("…how to pay less rent"); all the words when no
     * subject is told.
     */
    private static List<String> beforeTheSubject(List<String> words) {
        int subject = InventionPieces.subjectIn(words).nextSetBit(0);
        return subject < 0 ? words : words.subList(0, subject);
    }

    /**
     * Whether today's subject is told as what a crowd of the audience asked ("Today we're going to talk about something
     * a lot of you asked me about", "Сегодня поговорим о том, о чём многие из вас спрашивали"): a subject told, and the
     * audience named as many of them ({@code ending-phrases.tsv}'s audience), which no caller speaks to.
     */
    private static boolean toldAsTheCrowdAsked(List<String> words, List<String> beforeTheSubject,
            List<PhraseIndex.Found<Idea>> phrases) {
        return beforeTheSubject.size() < words.size() && phrases.stream()
                .anyMatch(found -> found.meaning() == Idea.AUDIENCE && found.to() - found.from() > 1);
    }

    /** The words that make an audience's phrase one for whoever is new ("if you're new here", "אם אתם חדשים פה"). */
    private static final Set<String> NEW = Set.of("new", "nouveau", "nouveaux", "nuevo", "nuevos", "neu", "nuovo",
            "novo", "חדשים", "שחדש", "جداد", "جدد", "جديد", "впервые", "вперше", "አዲስ");

    /** How far into the transcript whoever is new is addressed ("Hi, if you're new here…"). */
    private static final int NEWCOMERS_WITHIN = 2;

    /** How far into its phrase the new one's word stands ("if you're new", "для тех кто здесь впервые"). */
    private static final int NEW_WITHIN = 6;

    /** How soon after that address the presenter greets or names himself ("…, hi, I'm Dana", "…, my name is…"). */
    private static final int INTRODUCED_WITHIN = 3;

    /** The words a presenter names himself with ("my name is", "שמי", "קוראים לי", "меня зовут", "اسمي"). */
    private static final Set<String> NAMED = Set.of("name", "שמי", "קוראים", "зовут", "звати", "اسمي", "mappelle",
            "llamo", "heiße", "heisse", "chiamo", "nome");

    /**
     * Where the words after an address to whoever is new start ({@code ending-phrases.tsv}'s audience, in the
     * transcript's first words: "If you're new here, | hi, I'm Dana, and I help families find homes in Israel"), or -1:
     * the presenter greets or names himself right after it and goes on about his channel in any words; a caller new in
     * town says "I'm new here", and one who offers a newcomer a tour goes on to it ("If you're new here, I can show you
     * the area").
     */
    static int afterTheNewcomers(List<String> words) {
        // most transcripts hold no new one's word near their start: their phrases are not looked up
        boolean aNewOne = false;
        for (int i = 0; i < Math.min(words.size(), NEWCOMERS_WITHIN + NEW_WITHIN) && !aNewOne; i++) {
            aNewOne = NEW.contains(words.get(i));
        }
        return aNewOne ? afterTheNewcomers(words, EndingPhrases.in(words)) : -1;
    }

    /** {@link #afterTheNewcomers(List)} among the ending's phrases already found in the words. */
    private static int afterTheNewcomers(List<String> words, List<PhraseIndex.Found<Idea>> phrases) {
        for (PhraseIndex.Found<Idea> found : phrases) {
            if (found.meaning() == Idea.AUDIENCE && found.from() < NEWCOMERS_WITHIN
                    && words.subList(found.from(), found.to()).stream().anyMatch(NEW::contains)
                    && words.subList(found.to(), Math.min(words.size(), found.to() + INTRODUCED_WITHIN)).stream()
                            .anyMatch(w -> NAMED.contains(w) || Pleasantries.isOne(w))) {
                return found.to();
            }
        }
        return -1;
    }

    /**
     * Whether a broadcast's own line opens the transcript ({@code ending-phrases.tsv}'s catchphrases in its first
     * words: "You're listening to the Holy Land Property podcast…", "Всем привет, вы слушаете подкаст…"): a station's
     * or a podcast's ident, which no caller opens with, whatever the host and guest it goes on to name.
     */
    private static boolean identOpens(List<PhraseIndex.Found<Idea>> phrases) {
        return phrases.stream()
                .anyMatch(found -> found.meaning() == Idea.CATCHPHRASE && found.from() < GREETED_WITHIN);
    }

    /**
     * Whether the audience is told to stay or watch till the end ({@code ending-phrases.tsv}'s reminders that hold an
     * end's word: "alors restez bien jusqu'à la fin de la vidéo", "so stay till the end"): the video being watched,
     * whose end is yet to come. A caller who watched a video to its end says so in the past.
     */
    private static boolean toldToStayTillItsEnd(List<String> words, List<PhraseIndex.Found<Idea>> phrases) {
        return phrases.stream().anyMatch(found -> found.meaning() == Idea.REMIND
                && words.subList(found.from(), found.to()).stream().anyMatch(w -> EndingWords.carries(w, Idea.END)));
    }

    /** Whether a video's word is named as this one or as today's. */
    private static boolean namesTodaysVideo(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!EndingWords.carries(words.get(i), Idea.VIDEO)) {
                continue;
            }
            if (ThisVideo.at(words, i)) {
                return true;
            }
            for (int j = Math.max(0, i - TODAY_REACH); j <= Math.min(words.size() - 1, i + TODAY_REACH); j++) {
                if (WrapUps.isNow(words.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many words a teaser's subject holds after the words that tell it ("we'll talk about", "የምናየው"), where the
     * subject is told beside a video, a programme or the next one and the speaker says nothing he did: 0 elsewhere.
     */
    static int toldByATeaser(List<String> words, EndingScan scan) {
        if (!scan.subject || scan.reportsWhatHeDid || !(scan.nextVideo || scan.found.containsKey(Idea.VIDEO)
                || scan.found.containsKey(Idea.SESSION))) {
            return 0;
        }
        BitSet told = InventionPieces.subjectIn(words);
        return told.isEmpty() ? 0 : words.size() - told.length();
    }
}
