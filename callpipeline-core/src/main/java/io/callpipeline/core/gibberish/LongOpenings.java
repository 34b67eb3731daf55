package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.List;

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

    private LongOpenings() {
    }

    /** Whether the transcript is a video's opening, greeting its audience and naming today's video. */
    static boolean in(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.size() > MAX_WORDS || !VideoOutroRule.callsItsAudience(words, GREETED_WITHIN)) {
            return false; // most calls stop here: no crowd greeted
        }
        String text = t.transcript().text();
        List<String> beforeTheSubject = beforeTheSubject(words);
        return (namesTodaysVideo(words) || toldAsTheCrowdAsked(words, beforeTheSubject))
                && text.chars().noneMatch(Character::isDigit)
                && !CallersOwnWords.asksACallersQuestion(text) && !MeetingDays.anyIn(words)
                && !MeetingDays.hourIn(words) && !CallerWords.asksOrSawIn(beforeTheSubject)
                && !CallerWords.doorIn(words);
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
    private static boolean toldAsTheCrowdAsked(List<String> words, List<String> beforeTheSubject) {
        return beforeTheSubject.size() < words.size() && EndingPhrases.in(words).stream()
                .anyMatch(found -> found.meaning() == Idea.AUDIENCE && found.to() - found.from() > 1);
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
}
