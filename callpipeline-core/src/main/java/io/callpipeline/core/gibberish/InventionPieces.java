package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.List;

/**
 * What a piece of a long transcript is, when no rule of short inventions judged it ({@link InventionsInARowRule}):
 * nothing of its own (a pleasantry, a hum, a name), a sign-off, an ending's words leaning to the pieces judged, or the
 * video's own subject (the flat it shows, its wrap-up). Kept apart from the rule's reading of the pieces, since each
 * kind has its own exceptions, and each is where a caller's own sentence must still stop the reading: a day, a number,
 * a question, an ask.
 */
final class InventionPieces {

    /** A piece this short is set aside when it is a name. */
    private static final int MAX_NAME_WORDS = 2;

    /** A piece this short that holds a pleasantry is a sign-off, set aside. */
    private static final int MAX_SIGN_OFF_WORDS = 3;

    private InventionPieces() {
    }

    /**
     * Whether the presenter says what the video will show or be about ("I'm going to show you", "покажу вам"); a bare
     * "we're going", which a teaser's next episode reads as its plan, is any speaker's future ("we're going to visit").
     */
    private static boolean toldAsTheSubject(List<String> words) {
        return EndingPhrases.in(words).stream()
                .anyMatch(f -> f.meaning() == EndingWords.Idea.SUBJECT && !f.phrase().endsWith("going"));
    }

    /**
     * Where the words tell the video's subject ("we'll talk about", "رح نحكي"): the indexes of those phrases' words.
     */
    static BitSet subjectIn(List<String> words) {
        return PhraseIndex.where(EndingPhrases.in(words).stream()
                .filter(f -> f.meaning() == EndingWords.Idea.SUBJECT).toList());
    }

    /**
     * A piece that names the flat, its tour or its price and nothing of a caller's own: no ask, nothing seen, no "I"
     * or "we" but the presenter's who says what he will show ("Today I'm going to show you a three-bedroom"), no day,
     * hour, number or question ("זהו, זה היה הסיור שלנו בפנטהאוז ברמת אביב", "Вот такая квартира, друзья"). Among an
     * estate agents' channel's pieces that order its audience it is the video's subject.
     */
    static boolean namesOnlyTheSubject(String piece, List<String> words, String language) {
        // "اليوم رح نحكي عن…": the subject's "we'll talk" is no caller's asking to talk again
        // "היום נדבר על מימון": the subject told, whatever it names, is the video's as the flat is
        return (CallerWords.anyIn(words) || toldAsTheSubject(words))
                && !CallerWords.asksOrSawIn(PhraseIndex.outside(words, subjectIn(words)))
                && (!CallerWords.speakerIn(words, language) || toldAsTheSubject(words))
                && arrangesNothing(piece, words);
    }

    /**
     * A piece that wraps the video up in words no short rule judged alone ("Das war's für heute von unserer
     * Wohnungsbesichtigung in Haifa": the tour's words go on past the wrap-up), with no day, number or question: as
     * the flat's piece is, the video's own.
     */
    static boolean wrapsUp(String piece, List<String> words) {
        return !WrapUps.in(words).isEmpty() && arrangesNothing(piece, words);
    }

    /** No number, day, hour or caller's question: what a caller arranges or asks, and a video's own piece does not. */
    private static boolean arrangesNothing(String piece, List<String> words) {
        return piece.chars().noneMatch(Character::isDigit) && !MeetingDays.anyIn(words) && !MeetingDays.hourIn(words)
                && !CallersOwnWords.asksACallersQuestion(piece);
    }

    /**
     * A piece made of an ending's or a credit's words that no short rule judges alone, and nothing a caller says: it
     * opens as a credit does ("Субтитры подготовлены командой проекта", which alone might be someone speaking of the
     * subtitles) or holds one of an ending's ideas, in its words or in a phrase of every caller's words ("and I'll see
     * you in the next one", "זה היה הפרק של היום", "it really helps the show"), with
     * no day or number (a question, the flat or a call back has stopped the reading before). Among at least as many
     * pieces judged inventions, it is one more.
     */
    static boolean leans(String piece, List<String> words, String language) {
        // "…, it really helps the show": an ending's idea said in a phrase of every caller's words leans too
        boolean endingWords = CreditLines.opensAsACredit(piece, language) || EndingWords.anyIn(words)
                || CreditLines.labelsAName(piece) || !EndingPhrases.in(words).isEmpty();
        return endingWords && piece.chars().noneMatch(Character::isDigit) && !MeetingDays.anyIn(words);
    }

    /**
     * Words that say nothing of their own: pleasantries, filling words and hums ("Bye!", "כן, כן", "Эээ... ммм"), or
     * a name of a word or two, every word of it capitalised ("Семкин", "Sarah Jones"); no digit among them.
     */
    static boolean setAside(String piece, List<String> words) {
        if (piece.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return words.stream().allMatch(FillingWordsRule::isFilling)
                || words.size() <= MAX_NAME_WORDS && CreditLines.allCapitalised(piece);
    }

    /**
     * A sign-off no short rule judged: three words or fewer, a pleasantry's among them, no day ("Peace out!", "Всем
     * чао!", "Bisous tout le monde!"), or a longer goodbye made only of a goodbye's words ("so take care and see you
     * soon", the ninety-first held-back set). Asked after the rules, so that a short ending ("Спасибо, что
     * досмотрели") counts as one.
     */
    static boolean signsOff(List<String> words) {
        return (words.size() <= MAX_SIGN_OFF_WORDS
                || words.size() <= MAX_GOODBYE_WORDS && ScheduledGoodbyes.allAGoodbyes(words))
                && words.stream().anyMatch(Pleasantries::isOne) && !MeetingDays.anyIn(words);
    }

    /** A goodbye made only of a goodbye's words is a sign-off up to this long ("so take care and see you soon"). */
    private static final int MAX_GOODBYE_WORDS = 8;
}
