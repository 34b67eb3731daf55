package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.EndingWords.Stem;
import io.callpipeline.core.gibberish.PhraseIndex.Found;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What Whisper learnt from the ends of videos, in wordings no phrase list keeps up with: "thanks for
 * watching", "like and subscribe", "see you in the next episode", a subtitle credit, paraphrased and
 * in any language. Each is a combination of a few ideas (thanks, watching, a video or channel, the
 * next one, like or subscribe), and the words for each idea are listed per language in
 * {@code video-endings.tsv}, with where they were gathered. The rule fires on a short transcript made
 * largely of those words and holding two ideas that together end a video (thanks with watching, a
 * video with the next one or with a like, "don't forget" with subscribe, "write in the comments", a hope that the
 * audience enjoyed it) or open one (a welcome to a channel or an episode, or to the audience: "hey guys, welcome
 * back"), or
 * on a goodbye till the next one said twice over, or on a credit line. One idea alone is not enough: a caller
 * says "thanks", "see you next week" or "I saw the video of the flat", and a call that says such words
 * among its own is long and made mostly of other words, and a short goodbye that asks a question,
 * names a day or the flat, or asks for the video is a caller's.
 */
public final class VideoOutroRule implements GibberishRule {

    public static final String CODE = "video_outro";

    /** The ideas of a thanks, to whomever it is said. */
    private static final Set<Idea> THANKS_ONLY = EnumSet.of(Idea.THANKS, Idea.WATCH, Idea.AUDIENCE);
    /** Ideas a word carries only beside another's: a film's end, more videos, the audience's opinion asked. */
    private static final Set<Idea> NOT_CARRIED = EnumSet.of(Idea.FILM, Idea.MORE, Idea.OPINION);

    /** The ideas of a remark on a video and a thanks after it ("The link works, thanks"). */
    private static final Set<Idea> REMARK = EnumSet.of(Idea.VIDEO, Idea.THANKS);

    /** The ideas of liking and sharing, to whomever. */
    private static final Set<Idea> LIKES_ONLY = EnumSet.of(Idea.ENGAGE, Idea.TELL, Idea.AUDIENCE);

    /** Longer transcripts are calls that may say such words. */
    private static final int MAX_WORDS = 16;

    /** At least this share of the words must carry an idea: the rest of a call is other words. */
    private static final double MIN_SHARE = 0.2;

    static final Pattern SENTENCES = Pattern.compile("[.!?;\\n؟。！？]+");

    /** A sentence this long without any of the ideas is the caller's own. */
    static final int MIN_OWN_SENTENCE_WORDS = 3;

    /**
     * How many words after a thanks a video may follow, or before it stand when the caller asked it for himself, and be
     * what the thanks is for ("thank you for the video", "leave me the link, thanks").
     */
    private static final int THANKS_FOR_REACH = 4;

    /** A word this short between "more" or "new" and a video is a little one ("plus de vidéos", "more of the videos"). */
    private static final int SMALL_WORD = 3;

    /** How many words after the word for an end the film may follow and be what ends ("the end of the movie"). */
    private static final int FILM_END_REACH = 3;

    /** Pairs weaker on their own (thanks for a video, two of like/share/subscribe) need more. */
    private static final double MIN_SHARE_WEAK = 0.33;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        String language = t.transcript().language(); // "my" and "on" are "we" in Polish and French only
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        Map<Idea, Set<String>> found = new EnumMap<>(Idea.class);
        int carrying = 0;
        int lastCarrying = -1;
        Set<String> carriers = new HashSet<>(); // the words that carry an idea, looked up once
        int goodbyes = 0;
        int lastThanks = -1;
        boolean remarksOnTheVideo = false;
        boolean thanksForAVideo = false;
        boolean thanksAfterTheVideo = false;
        int lastVideo = -2;
        int lastNext = -2;
        boolean nextVideo = false;
        boolean reportsWhatHeDid = false;
        Set<String> goodbyeWords = new HashSet<>();
        int lastEnd = -FILM_END_REACH - 1;
        boolean filmEnds = false;
        int lastWas = -FILM_END_REACH - 1;
        boolean subject = false;
        boolean lastNextIsOne = false;
        int lastPrevious = -2;
        boolean namedVideo = false;
        Map<Integer, List<Found<Idea>>> phrases = phrasesByWord(words); // "кто был с нами": an idea in a phrase
        for (int i = 0; i < words.size(); i++) {
            List<Stem> stems = EndingWords.stemsIn(NumberWords.key(words.get(i)));
            List<Found<Idea>> said = phrases.getOrDefault(i, List.of());
            if (stems.isEmpty() && said.isEmpty()) {
                continue; // most of a call's words: nothing to note
            }
            Set<Idea> ideas = EnumSet.noneOf(Idea.class);
            boolean isEpisode = false;
            boolean isPrevious = false;
            for (Stem stem : stems) {
                if (stem.idea() == Idea.EPISODE || stem.idea() == Idea.PREVIOUS) {
                    isEpisode |= stem.idea() == Idea.EPISODE; // a word of these tells of a video beside another only
                    isPrevious |= stem.idea() == Idea.PREVIOUS;
                    continue;
                }
                ideas.add(stem.idea());
                found.computeIfAbsent(stem.idea(), idea -> new HashSet<>()).add(stem.text());
            }
            String goodbye = words.get(i);
            boolean teaserWord = false;
            for (Found<Idea> phrase : said) {
                if (phrase.meaning() == Idea.WAS || phrase.meaning() == Idea.SUBJECT) {
                    // "That was episode three", "we'll talk about…": they tell only of a video, read beside it; a
                    // teaser's words are an ending's ("In the next video, I'll show you how to set it up")
                    lastWas = phrase.meaning() == Idea.WAS ? phrase.to() - 1 : lastWas;
                    subject |= phrase.meaning() == Idea.SUBJECT;
                    teaserWord |= phrase.meaning() == Idea.SUBJECT;
                    continue;
                }
                ideas.add(phrase.meaning());
                found.computeIfAbsent(phrase.meaning(), idea -> new HashSet<>()).add(phrase.phrase());
                goodbye = phrase.meaning() == Idea.NEXT ? phrase.phrase() : goodbye; // a phrase is one goodbye, however many its words
            }
            if (ideas.contains(Idea.VIDEO)
                    && (lastThanks >= 0 && i - lastThanks <= THANKS_FOR_REACH || CallersOwnWords.praised(words, i))) {
                thanksForAVideo = true; // "thank you for the video", "Great video, thanks", "סרטון מעולה, תודה"
            }
            boolean thanksAfterAVideo = ideas.contains(Idea.THANKS) && lastVideo >= 0
                    && i - lastVideo <= THANKS_FOR_REACH;
            if (thanksAfterAVideo && (CallersOwnWords.asksForHimself(words)
                    || CallersOwnWords.waitsFor(words, lastVideo) || CallersOwnWords.isEthiopic(words.get(i)))) {
                // "Leave me the link, thanks", "Waiting for the link, thanks": the thanks after what he asked for
                // himself or awaits; Amharic says the thanks last
                // ("ስለ ቪዲዮው አመሰግናለሁ", thanks for the video)
                thanksForAVideo = true;
            }
            thanksAfterTheVideo |= thanksAfterAVideo;
            // "הלינק עובד, תודה", "The link works, thanks": a word on the video, then the thanks, is a caller's remark
            remarksOnTheVideo |= thanksAfterAVideo && lastThanks < 0;
            lastThanks = ideas.contains(Idea.THANKS) ? i : lastThanks;
            reportsWhatHeDid |= (ideas.contains(Idea.WATCH) || ideas.contains(Idea.ENGAGE))
                    && CallersOwnWords.saidBySpeaker(t, i);
            // "Конец фильма", "the end of the movie", "סוף הסרט": the end, then the film it is the end of
            filmEnds |= i - lastEnd <= FILM_END_REACH && ideas.contains(Idea.FILM);
            lastEnd = ideas.contains(Idea.END) ? i : lastEnd;
            // a film is what people speak of ("the subtitles of the film were badly translated"), and "more" of
            // anything: only a film's end and more videos count
            if (!NOT_CARRIED.containsAll(ideas) || teaserWord) {
                carrying++;
                lastCarrying = i;
                if (!CreditLines.endsOnACreditWord(stems, i, words.size())) {
                    carriers.add(words.get(i));
                }
            }
            if (ideas.contains(Idea.NEXT) && goodbyeWords.add(goodbye)) {
                goodbyes++; // "bye bye" is one goodbye said twice, "see you next time" two
            }
            boolean isNext = ideas.contains(Idea.FOLLOWING);
            boolean isVideo = ideas.contains(Idea.VIDEO);
            // "the next video", "בפרק הבא", "الحلقة القادمة": a video that is the next one, whichever word comes first;
            // more videos, "more" first; "plus de vidéos": a little word may stand between
            boolean nextBefore = lastNext == i - 1
                    || i >= 2 && lastNext == i - 2 && words.get(i - 1).length() <= SMALL_WORD;
            // "the new video is better", "הסרטון החדש", "الفيديو الجديد": a new one named as one is a caller's, as the
            // previous one is ("Check out my previous video", "הסרטון הקודם": whichever word comes first), unless the
            // audience is told to watch it
            boolean newOneAfter = isNext && lastVideo == i - 1;
            boolean namedAfter = newOneAfter && NewOnes.namedAsOne(words, i, lastVideo);
            nextVideo |= isVideo && nextBefore && !lastNextIsOne || newOneAfter && !namedAfter;
            namedVideo |= isVideo && nextBefore && lastNextIsOne || namedAfter
                    || isVideo && lastPrevious == i - 1 || isPrevious && lastVideo == i - 1;
            filmEnds |= isEpisode && i > lastWas && i - lastWas <= FILM_END_REACH; // "Это была третья серия"
            lastPrevious = isPrevious ? i : lastPrevious;
            lastNextIsOne = isNext || ideas.contains(Idea.MORE) ? isNext && NewOnes.namedAsOne(words, i, i)
                    : lastNextIsOne;
            lastNext = isNext || ideas.contains(Idea.MORE) ? i : lastNext;
            lastVideo = isVideo ? i : lastVideo;
        }
        // "I learned a lot from the video, thanks": "I" or "we" who thanks after the video tells what he got from it; a
        // video's own "I" hopes its audience enjoyed it
        thanksForAVideo |= thanksAfterTheVideo && CallerWords.speakerIn(words, language)
                && !found.containsKey(Idea.HOPE);
        // "thanks for the video" without anyone watching it is a caller thanking for the video an agent sent; the
        // next video is nobody's to send yet
        boolean thankedForTheVideo = (thanksForAVideo || remarksOnTheVideo && REMARK.containsAll(found.keySet()))
                && !found.containsKey(Idea.WATCH) && !nextVideo && !filmEnds;
        double share = (double) carrying / words.size();
        String text = t.text(); // "sous-titres" and "Amara.org" are split into words; the text keeps them whole
        // a credit goes on in a name, an ending in its ideas: ordinary words in it, or past the ending's last idea
        // ("Thanks for your attention to these little details"), are someone speaking
        BitSet wrap = WrapUps.in(words); // "На сегодня всё": a wrap-up's words are an ending's too
        wrap.stream().forEach(i -> carriers.add(words.get(i)));
        Predicate<String> phraseWord = w -> carriers.contains(w) || Pleasantries.isOne(w)
                || CallersOwnWords.addressesTheAudience(w)
                || MeetingDays.weekIn(List.of(w)); // "a new episode every week": a series' schedule is its own
        boolean opensWithSubtitles = CreditLines.subtitlesOpenASentence(text);
        boolean opensWithCredit = words.size() <= CreditLines.MAX_CREDIT_WORDS
                && CreditLines.opensWithCredit(words, language);
        // read only when a credit is in question: it reads the words' written case
        boolean speaksOn = (opensWithSubtitles || opensWithCredit)
                && CallerWords.speaksOn(t, phraseWord.or(CreditLines::holdsASubtitle)
                        .or(CallersOwnWords::saysWhoMadeIt).or(CreditLines.named(words, text)::contains));
        boolean named = CreditLines.SOURCES.stream().anyMatch(text::contains);
        boolean subtitles = named || opensWithSubtitles && !speaksOn;
        boolean credit = opensWithCredit && !speaksOn;
        boolean lastIsVideo = lastCarrying >= 0 && lastCarrying == lastVideo;
        boolean endsOrSignsOff = (ends(found, share, nextVideo || filmEnds || namedVideo && toldToWatch(found),
                CallerWords.speakerIn(words, language))
                || signsOff(found, share, goodbyes) && !MeetingDays.weekIn(words)
                || wrapsUp(words, wrap, phraseWord))
                && !(thanksForSomethingElse(t, found, phraseWord, lastCarrying, lastIsVideo) && !nextVideo)
                // the next episode is nobody's to have watched: "Merci de nous avoir suivis, à bientôt pour un nouvel
                // épisode" ("nous" the audience followed, not who speaks)
                && !reportsLikes(words, language, found) && !(reportsWhatHeDid && !nextVideo);
        // where case cannot tell a name from someone going on (Hebrew, Arabic), a caller on the subtitles of the flat's
        // video is told by what a call says, as a goodbye is; a subtitling community's name no caller says
        if (subtitles && !CreditLines.speaksBesideTheCredit(t.transcript().text())
                && (named || text.codePoints().anyMatch(Character::isLowerCase)
                        || !arrangesOrDiscusses(t, words, false, false))
                || (credit || endsOrSignsOff && everySentenceEnds(text) && !thankedForTheVideo)
                && !arrangesOrDiscusses(t, words, nextVideo, subject)) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא סוף של סרטון (תודה שצפיתם, הירשמו לערוץ, כתוביות), לא שיחה"));
        }
        return Optional.empty();
    }

    /** The ending's phrases ({@link EndingPhrases}) by the words they stand on; empty for most transcripts. */
    private static Map<Integer, List<Found<Idea>>> phrasesByWord(List<String> words) {
        List<Found<Idea>> phrases = EndingPhrases.in(words);
        if (phrases.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<Found<Idea>>> byWord = new HashMap<>();
        for (Found<Idea> phrase : phrases) {
            for (int i = phrase.from(); i < phrase.to(); i++) {
                byWord.computeIfAbsent(i, at -> new ArrayList<>()).add(phrase);
            }
        }
        return byWord;
    }

    /**
     * Whether the words are a video's wrap-up ({@link WrapUps}: "На сегодня всё", "זה הכל לסרטון הזה") and nothing else
     * but a video's words, a pleasantry, its audience or little words ("…, друзья", "…, guys, see you", "يا", "and").
     */
    private static boolean wrapsUp(List<String> words, BitSet wrap, Predicate<String> phraseWord) {
        if (wrap.isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!wrap.get(i) && !phraseWord.test(word) && word.codePointCount(0, word.length()) > SMALL_WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * Thanks and nothing else of a video's, or a channel or video, going on past the last idea in ordinary words:
     * thanks for something the words name ("Спасибо за внимание к моей просьбе", "Thanks for watching my little
     * daughter"), a channel of something ("Подписывайтесь на канал поставки оборудования"). An ending that asks
     * for something goes on in its own words ("Write in the comments what you think"), so only these count.
     */
    private static boolean thanksForSomethingElse(TranscriptFeatures t, Map<Idea, Set<String>> found,
            Predicate<String> phraseWord, int lastCarrying, boolean lastIsVideo) {
        return (THANKS_ONLY.containsAll(found.keySet()) || lastIsVideo)
                && CallerWords.goesOnBeforeTheAudience(t, phraseWord, VideoOutroRule::toTheAudience, lastCarrying + 1);
    }

    /**
     * A previous or a known new video is a caller's ("הסרטון הקודם היה יותר טוב", "The new video is better") but when
     * the audience is told to watch it ("Check out my previous video", "Рекомендую посмотреть предыдущее видео").
     */
    private static boolean toldToWatch(Map<Idea, Set<String>> found) {
        return found.containsKey(Idea.TELL) || found.containsKey(Idea.WATCH) || found.containsKey(Idea.ENGAGE);
    }

    /** Whether the word speaks to the audience: "you", "people", "друзья" ({@link Idea#AUDIENCE}). */
    private static boolean toTheAudience(String word) {
        return CallersOwnWords.addressesTheAudience(word)
                || EndingWords.stemsIn(NumberWords.key(word)).stream().anyMatch(s -> s.idea() == Idea.AUDIENCE);
    }

    /**
     * "I" or "we" who liked or shared: someone telling what he did ("Я поставил лайки всем постам соседа"); a video
     * asks its audience to.
     */
    private static boolean reportsLikes(List<String> words, String language, Map<Idea, Set<String>> found) {
        return CallerWords.isSpeaker(words.get(0), language) && LIKES_ONLY.containsAll(found.keySet());
    }

    /**
     * Whether the ideas found end or open a video; {@code nextVideo} when a video is said to be the next or a new one
     * ("a new episode every week", "حلقة جديدة") or a film to end ("Конец фильма"); {@code speaker} when "I" or "we"
     * speaks, who greets his audience only beside a video ("Hey guys, welcome back to my channel").
     */
    private static boolean ends(Map<Idea, Set<String>> found, double share, boolean nextVideo, boolean speaker) {
        if (share < MIN_SHARE) {
            return false;
        }
        boolean video = found.containsKey(Idea.VIDEO);
        if (nextVideo || video && found.containsKey(Idea.END)) {
            return true; // "the end of the episode", "Конец фильма"
        }
        boolean engage = found.containsKey(Idea.ENGAGE);
        boolean audience = found.containsKey(Idea.AUDIENCE);
        if (found.containsKey(Idea.THANKS) && found.containsKey(Idea.WATCH)
                || video && (found.containsKey(Idea.NEXT) || engage || found.containsKey(Idea.WELCOME))
                || engage && (found.containsKey(Idea.REMIND) || found.containsKey(Idea.TELL)
                        || found.containsKey(Idea.OPINION)) // "Comenten qué les pareció"
                // "Напишите, что вы думаете об этом видео"
                || video && found.containsKey(Idea.TELL) && found.containsKey(Idea.OPINION)
                // "Don't forget to follow so you don't miss videos"
                || video && found.containsKey(Idea.REMIND) && found.containsKey(Idea.TELL)
                // "Hello guys, we are downstairs" is a caller's
                || audience && found.containsKey(Idea.WELCOME) && !speaker
                || found.containsKey(Idea.HOPE) && found.containsKey(Idea.ENJOY)) { // "I hope you enjoyed it"
            return true;
        }
        if (share < MIN_SHARE_WEAK) {
            return false;
        }
        // "everybody likes…": an audience may be what a sentence is about, not whom it speaks to; "watch the
        // continuation" ("Смотрите продолжение", "Regardez la suite") is the next episode's call
        return video && (found.containsKey(Idea.THANKS) || found.containsKey(Idea.WATCH))
                || found.containsKey(Idea.WATCH) && found.containsKey(Idea.FOLLOWING)
                || audience && (engage || video || found.containsKey(Idea.WATCH) || found.containsKey(Idea.THANKS))
                || found.getOrDefault(Idea.ENGAGE, Set.of()).size() >= 2;
    }

    /**
     * Whether a short transcript is a series' sign-off: a goodbye till the next one said twice over
     * ("see you in the next one", "נתראה בפעם הבאה", {@code goodbyes} counting the words that say
     * it) or to the audience ("see you guys"), as most of what there is. A caller says so too when
     * the next time is a week away ("see you next week"), and is excused.
     */
    private static boolean signsOff(Map<Idea, Set<String>> found, double share, int goodbyes) {
        return share >= MIN_SHARE_WEAK && (goodbyes >= 2 || found.containsKey(Idea.AUDIENCE) && found.containsKey(Idea.NEXT));
    }

    /**
     * A caller's goodbye shares its words with a video's ("thanks for the viewing, see you"), but it
     * asks a question (not the audience's opinion, {@link CallersOwnWords#asksACallersQuestion}), names a day to
     * meet ({@link MeetingDays}), or says what the call is about or asks for, or the flat's door ({@link CallerWords}); a
     * video's end speaks to an audience and does none of these. A subtitling community's name ("Amara.org") is not
     * excused: no caller says it. Beside the {@code nextVideo}, a day after "every" is the series' schedule ("New videos
     * every Tuesday"), and a {@code subject} tells what the next episode will be about ("In the next episode we'll talk
     * about mortgages"): its words may be a caller's, so only a question, a day or an hour excuse it.
     */
    private static boolean arrangesOrDiscusses(TranscriptFeatures t, List<String> words, boolean nextVideo,
            boolean subject) {
        return CallersOwnWords.asksACallersQuestion(t.transcript().text())
                || MeetingDays.anyIn(words) && !(nextVideo && MeetingDays.onlyEvery(words))
                || MeetingDays.hourIn(words)
                || !(nextVideo && subject) && (CallerWords.anyIn(words) || CallerWords.doorIn(words));
    }

    /**
     * A video's ending is all ending: a sentence of a few words that holds none of the ideas is the
     * caller's own ("שלום, אני מחפש דירה בחיפה. תודה שצפיתם!" is a call with an invented tail, which
     * the guard marks as a segment instead).
     */
    private static boolean everySentenceEnds(String text) {
        for (String sentence : SENTENCES.split(text)) {
            List<String> words = TranscriptFeatures.wordsOf(sentence);
            if (words.size() >= MIN_OWN_SENTENCE_WORDS && !EndingWords.anyIn(words) && WrapUps.in(words).isEmpty()
                    && EndingPhrases.in(words).isEmpty()) {
                return false;
            }
        }
        return true;
    }

}
