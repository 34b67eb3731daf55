package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video's own numbered lines, said over silence as its ending is: a sponsor's discount code ("Use code ALEX10 for
 * ten percent off", "השתמשו בקוד DANA15 לקבלת הנחה"), a title card ("Season two, episode seven", "עונה 3, פרק 12",
 * "Part three of five, see you in part four") and the chapter marks of its description ("00:00 Intro 02:15 Kitchen").
 * Numbers are most of what a caller says too (a door code, a part of a payment, the hours he is free), so each is read
 * by what only a video does: a code written as a name and a number beside a discount, with no question and nothing of
 * a caller's; labels numbered twice or "of" a number with nothing else but an ending's words; marks from 0:00 going
 * up. A trailer's release line is read the same way: its cinemas and a date, nothing of a caller's. Words from
 * {@code video-cards.tsv}.
 */
final class VideoCardsRule implements GibberishRule {

    /** A card or a sponsor's line is a sentence; a longer transcript is a call's. */
    private static final int MAX_WORDS = 16;

    /** "скидку", "סרטון": a word's ending after its start. */
    private static final int MAX_ENDING = 2;

    private static final List<String[]> ROWS = WordLists.rows("video-cards.tsv");
    private static final StemSet CODE = StemSet.ofKind(ROWS, MAX_ENDING, "code");
    private static final StemSet DISCOUNT = StemSet.ofKind(ROWS, MAX_ENDING, "discount");
    private static final StemSet LABEL = StemSet.ofKind(ROWS, MAX_ENDING, "label");
    private static final StemSet OF = StemSet.ofKind(ROWS, MAX_ENDING, "of");
    private static final StemSet RELEASE = StemSet.ofKind(ROWS, MAX_ENDING, "release");

    /** A trailer's release line is a few words ("Only in theaters this Friday", "בבתי הקולנוע מיום חמישי"). */
    private static final int MAX_RELEASE_WORDS = 8;

    /** A sponsor's code: a name and a number written together ("alex10", "dana15"). */
    private static final Pattern PROMO = Pattern.compile("\\p{L}{2,}\\d{1,3}");

    /** A chapter mark: minutes and seconds, or hours too ("02:15", "1:02:15"). */
    private static final Pattern MARK = Pattern.compile("(?<![\\d:])(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?![\\d:])");

    /** Chapter marks are three or more. */
    private static final int MIN_MARKS = 3;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        String raw = t.transcript().text();
        // a code and a chapter mark hold digits, a card a label: most transcripts are read no further
        if (t.digits() > 0 && sponsorsCode(t, words, raw) || LABEL.anyIn(words) && titleCard(words)
                || raw.indexOf(':') >= 0 && chapterMarks(raw)
                || words.size() <= MAX_RELEASE_WORDS && releaseDate(t, words)) {
            return Optional.of(GibberishVerdict.gibberish(VideoOutroRule.CODE, "התמלול הוא שורה של סרטון"
                    + " (קוד הנחה של נותן חסות, כותרת עונה ופרק, סימני פרקים, תאריך בכורה), לא שיחה"));
        }
        return Optional.empty();
    }

    /**
     * A code word with a name-and-number code just after it and a discount, no question asked and nothing of a
     * caller's named ("My code from the bank is BANK10, can I get ten percent off the fee?" asks; "The door code is
     * AB12" tells what his code is).
     */
    private static boolean sponsorsCode(TranscriptFeatures t, List<String> words, String raw) {
        boolean coded = false;
        for (int i = 0; i < words.size() && !coded; i++) {
            // "code ALEX10": a sponsor names its code at once; a caller tells what his is ("the door code is AB12")
            coded = CODE.has(words.get(i)) && i + 1 < words.size() && PROMO.matcher(words.get(i + 1)).matches();
        }
        if (!coded) {
            return false;
        }
        // the code and the discount are a caller's words too ("the door code", "a discount on the fee"): what else
        // is said tells
        List<String> rest = words.stream().filter(w -> !CODE.has(w) && !DISCOUNT.has(w)).toList();
        return DISCOUNT.anyIn(words) && !CallersOwnWords.asksACallersQuestion(raw)
                && !CallerWords.anyIn(rest) && !CallerWords.doorIn(words)
                && !CallerWords.speakerIn(words, t.transcript().language());
    }

    /**
     * A trailer's release line: its cinemas ({@link EndingPhrases}' cinema: "in theaters", "בבתי הקולנוע", "im
     * Kino"), a date (a number, a month, a weekday: "this Friday", "מיום חמישי", "с 1 мая") and nothing else but a
     * release's words ("only", "from", "premiere"), an ending's and little words, no question asked. A caller who
     * names a cinema and a day says what he does there ("Let's meet near the cinema on Friday", "נפגש ליד הקולנוע ביום
     * חמישי").
     */
    private static boolean releaseDate(TranscriptFeatures t, List<String> words) {
        BitSet cinema = new BitSet();
        boolean cinemas = false;
        for (PhraseIndex.Found<EndingWords.Idea> phrase : EndingPhrases.in(words)) {
            if (phrase.meaning() == EndingWords.Idea.CINEMA || phrase.meaning() == EndingWords.Idea.SOON) {
                cinema.set(phrase.from(), phrase.to());
                cinemas |= phrase.meaning() == EndingWords.Idea.CINEMA;
            }
        }
        if (!cinemas || TranscriptFeatures.asksAQuestion(t.transcript().text())) {
            return false;
        }
        boolean dated = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean date = word.chars().anyMatch(Character::isDigit) || NumberWords.value(word).isPresent()
                    || !CalendarNames.of(word).isEmpty() || MeetingDays.anyIn(List.of(word));
            dated |= date;
            if (!cinema.get(i) && !date && !CalendarNames.shared(word) && !RELEASE.has(word)
                    && !EndingWords.saysNothingOfItsOwn(word)) {
                return false; // a word of his own: a caller at the cinema
            }
        }
        return dated;
    }

    /**
     * Labels and their numbers and nothing else but an ending's words ("Season two, episode seven", "Part three of
     * five, see you in part four"): two labels numbered, or one numbered "of" another number.
     */
    private static boolean titleCard(List<String> words) {
        int numbered = 0;
        boolean ofANumber = false;
        BitSet phrased = new BitSet(); // "see you": an ending's phrase, whose words are every caller's one by one
        for (PhraseIndex.Found<EndingWords.Idea> phrase : EndingPhrases.in(words)) {
            phrased.set(phrase.from(), phrase.to());
        }
        BitSet number = new BitSet(); // each word read as a number once
        for (int i = 0; i < words.size(); i++) {
            number.set(i, NumberWords.value(words.get(i)).isPresent());
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (LABEL.has(word)) {
                numbered += i > 0 && number.get(i - 1) || number.get(i + 1) ? 1 : 0;
            } else if (OF.has(word)) {
                ofANumber |= i > 0 && number.get(i - 1) && number.get(i + 1);
            } else if (!number.get(i) && !phrased.get(i) && !EndingWords.saysNothingOfItsOwn(word)) {
                return false; // a word of its own: a caller's part of a payment, his season
            }
        }
        return numbered >= 2 || numbered >= 1 && ofANumber;
    }

    /**
     * The text without its sentences of chapter marks, when it holds them ("Chapters: 00:00 welcome, 01:30 the
     * kitchen. Thanks for watching" is "Thanks for watching"): a chapter's title names what the video shows, the flat's
     * kitchen too, and is no caller's word. The text as it is when it holds none.
     */
    static String withoutChapters(String raw) {
        if (raw.indexOf(':') < 0 || !chapterMarks(raw)) {
            return raw;
        }
        StringBuilder rest = new StringBuilder();
        for (String sentence : VideoOutroRule.SENTENCES.split(raw)) {
            if (!MARK.matcher(sentence).find()) {
                rest.append(sentence).append(". ");
            }
        }
        return rest.toString();
    }

    /** Three or more chapter marks, the first at 0:00, each later than the one before. */
    private static boolean chapterMarks(String raw) {
        Matcher m = MARK.matcher(raw);
        int count = 0;
        long last = -1;
        while (m.find()) {
            long seconds = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600)
                    + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
            if (count == 0 && seconds != 0 || seconds <= last) {
                return false;
            }
            last = seconds;
            count++;
        }
        return count >= MIN_MARKS;
    }
}
