package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.EndingWords.Stem;
import io.callpipeline.core.gibberish.PhraseIndex.Found;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short transcript read word by word for a video's ending ({@link VideoOutroRule}): which ideas its words and phrases
 * carry ({@link EndingWords}, {@link EndingPhrases}), how many of its words carry one, and what stands beside what
 * (a thanks for the video, the next video, an episode that was, the previous one, a goodbye said twice). Kept apart
 * from the rule, which decides which of these end a video and which are a caller's.
 */
final class EndingScan {

    /** Ideas a word carries only beside another's: a film's end, more videos, the audience's opinion asked. */
    private static final Set<Idea> NOT_CARRIED = EnumSet.of(Idea.FILM, Idea.MORE, Idea.OPINION, Idea.PROGRAMME,
            Idea.SESSION);

    /**
     * How many words after a thanks a video may follow, or before it stand when the caller asked it for himself, and be
     * what the thanks is for ("thank you for the video", "leave me the link, thanks").
     */
    private static final int THANKS_FOR_REACH = 4;

    /** A word this short between "more" or "new" and a video is a little one ("plus de vidéos", "more of them"). */
    static final int SMALL_WORD = 3;

    /** How many words after the word for an end the film may follow and be what ends ("the end of the movie"). */
    static final int FILM_END_REACH = 3;

    /** How many words after the film its end may follow and be what it did ("ዜናው በዚህ ተጠናቀቀ", "the film has ended"). */
    private static final int ENDED_REACH = 2;

    // what the reading found, for the rule to weigh; set once, by the constructor
    Map<Idea, Set<String>> found = new EnumMap<>(Idea.class); // each idea, with the stems or phrases that said it
    int carrying = 0; // how many words carry an idea
    int lastCarrying = -1;
    Set<String> carriers = new HashSet<>(); // the words that carry an idea, looked up once
    int goodbyes = 0; // the different goodbyes said ("bye bye" is one, "see you next time" two)
    boolean seeYou = false; // a goodbye that is not the next one's word ("see you", "נתראה", "نشوفكم"; not "next")
    boolean remarksOnTheVideo = false; // "הלינק עובד, תודה": a word on the video, then the thanks
    boolean thanksForAVideo = false; // "thank you for the video", "Great video, thanks"
    int lastVideo = -2;
    boolean thisVideo = false; // a video named as the one being watched ("this episode", "הפרק הזה")
    boolean nextVideo = false; // the next or a new video, a series' promise ("the next video", "a new episode")
    boolean reportsWhatHeDid = false; // "I" or "we" before a watching or liking word
    boolean listenersVideo = false; // "my wife saw your stream": the video named as the listener's
    boolean filmEnds = false; // a film's end, or an episode that was ("Конец фильма", "That was episode three")
    boolean subject = false; // the next episode's subject told ("we'll talk about…")
    boolean welcomedToTheVideo = false; // "welcome back to my channel": a video word just after a welcome
    boolean todaysVideo = false; // "in today's video", "በዛሬው ቪዲዮ": today's subject told after it
    boolean namedVideo = false; // a previous video, or a new one named as one ("the new video is better")
    // where the news said to have been stands ("Those were the headlines"), for what the caller says after it
    int programmeThatWas = -1;
    int headingEnds = -1; // where a forecast, a horoscope or a recap ends ("Прогноз погоды"), for what follows it
    NumberedParts parts = new NumberedParts(); // a series' parts by their number ("That was part one, part two…")
    BitSet wrap; // where a wrap-up stands ("На сегодня всё"): its words are an ending's too ({@link WrapUps})
    // where a phrase for the audience or its watching stands, whose words are a caller's one by one ("the viewers at
    // home", "הצופים בבית": its home is nobody's)
    BitSet audiencesPhrases = new BitSet();
    BitSet caredFor; // where a wish of care to the audience stands ("Drive home safe"), read once ({@link CareWishes})

    EndingScan(TranscriptFeatures t) {
        List<String> words = t.words();
        String language = t.transcript().language();
        int lastThanks = -1;
        boolean thanksAfterTheVideo = false;
        int lastNext = -2;
        int lastSeeYou = -1;
        Set<String> goodbyeWords = new HashSet<>();
        int lastEnd = -FILM_END_REACH - 1;
        int lastWas = -FILM_END_REACH - 1;
        int wasWords = 0;
        int recordedEnds = -1; // where a note of the broadcast's recording ends ("was recorded"), for where it was
        int opinionWords = 0;
        // "Буду благодарен, если подпишетесь на канал": a channel to subscribe to is no thanks' video
        int lastEngage = -1;
        int lastWelcome = -1;
        int thankedVideo = -1; // where a video stood just after a thanks ("thank you for the video")
        boolean lastNextIsOne = false;
        int lastPrevious = -2;
        int lastFilm = -FILM_END_REACH - 1;
        boolean lastFilmBroadcast = false; // whether the last film word was a bulletin, a lesson or a show
        // "Нас уже сто тысяч": the audience's subscription, which "we" did not report doing
        BitSet carried = new BitSet(); // where the words that carry an idea stand
        BitSet watching = new BitSet(); // where the audience's watching is said ("thanks for watching")
        List<Found<Idea>> milestones = Milestones.in(words);
        BitSet milestoneWords = PhraseIndex.where(milestones);
        Map<Integer, List<Found<Idea>>> phrases = EndingPhrases.byWord(words, milestones); // "кто был с нами": a phrase's idea
        audiencesPhrases.or(PhraseIndex.where(phrases.values().stream().flatMap(List::stream)
                .filter(p -> p.to() - p.from() > 1 && (p.meaning() == Idea.WATCH || p.meaning() == Idea.AUDIENCE))
                .toList()));
        caredFor = CareWishes.in(words);
        audiencesPhrases.or(caredFor); // "Drive home safe": the audience's way home, no caller's flat
        BitSet headlines = new BitSet(); // "main", "главные": a word that may stand between "that was" and the news
        for (int i = 0; i < words.size(); i++) {
            // "Thanks for following up on the lease", "like I said": letters of an idea, said of a caller's business
            List<Stem> stems = EndingWords.stemsIn(NumberWords.key(words.get(i)));
            stems = stems.isEmpty() || !NoIdeaHere.at(words, i) ? stems : List.of(); // asked of an idea's words only
            List<Found<Idea>> said = phrases.getOrDefault(i, List.of());
            if (stems.isEmpty() && said.isEmpty()) {
                continue; // most of a call's words: nothing to note
            }
            Set<Idea> ideas = EnumSet.noneOf(Idea.class);
            boolean isEpisode = false;
            boolean isPrevious = false;
            boolean inABox = EndingPhrases.underTheVideo(said);
            for (Stem stem : stems) {
                if (stem.idea() == Idea.TELL && SpeakersDeeds.someoneElseBefore(words, i, language)) {
                    continue; // "People wrote in the comments that it's noisy": their deed, reported, no order
                }
                if (inABox && (stem.idea() == Idea.VIDEO || stem.idea() == Idea.FILM)) {
                    continue; // "под видео": the video a box's place names is that box's word, no video beside it
                }
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
                if ((phrase.meaning() == Idea.CATCHPHRASE || phrase.meaning() == Idea.TELL)
                        && SpeakersDeeds.someoneElseBefore(words, phrase.from(), language)) {
                    continue; // "אנשים כתבו בתגובות ש…": what people wrote, reported
                }
                if (phrase.meaning() == Idea.HEADLINE) {
                    headlines.set(i);
                    carriers.add(words.get(i)); // "Queste erano le notizie principali": the bulletin's own word
                    continue;
                }
                if (phrase.meaning() == Idea.WAS || phrase.meaning() == Idea.SUBJECT) {
                    // "That was episode three", "we'll talk about…": they tell only of a video, read beside it; a
                    // teaser's words are an ending's ("In the next video, I'll show you how to set it up")
                    lastWas = phrase.meaning() == Idea.WAS ? phrase.to() - 1 : lastWas;
                    wasWords = phrase.meaning() == Idea.WAS ? phrase.to() - phrase.from() : wasWords;
                    subject |= phrase.meaning() == Idea.SUBJECT;
                    teaserWord |= phrase.meaning() == Idea.SUBJECT;
                    continue;
                }
                // "…, back to you in the studio": a broadcast's own line where nothing of the caller's follows it
                Idea meaning = phrase.meaning() == Idea.HANDOVER ? Idea.CATCHPHRASE : phrase.meaning();
                if (phrase.meaning() == Idea.HANDOVER && !Broadcasts.handsOverLast(t, phrase.to())) {
                    continue; // "We went back to the studio on Dizengoff": the caller's flat
                }
                todaysVideo |= meaning == Idea.WELCOME && phrase.to() - phrase.from() > 1;
                ideas.add(meaning);
                found.computeIfAbsent(meaning, idea -> new HashSet<>()).add(phrase.phrase());
                headingEnds = phrase.meaning() == Idea.HEADING ? phrase.to() : headingEnds;
                recordedEnds = phrase.meaning() == Idea.RECORDED ? phrase.to() : recordedEnds;
                // a phrase is one goodbye, however many its words ("see you")
                goodbye = phrase.meaning() == Idea.NEXT ? phrase.phrase() : goodbye;
            }
            if (ideas.contains(Idea.VIDEO) && CallersOwnWords.praised(words, i)) {
                thanksForAVideo = true; // "Great video, thanks", "סרטון מעולה, תודה"
            }
            if (ideas.contains(Idea.VIDEO) && lastThanks >= 0 && i - lastThanks <= THANKS_FOR_REACH
                    && lastEngage < lastThanks) {
                thankedVideo = i; // "thank you for the video", unless an order follows it (below)
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
            lastEngage = ideas.contains(Idea.ENGAGE) ? i : lastEngage;
            watching.set(i, ideas.contains(Idea.WATCH));
            reportsWhatHeDid |= (ideas.contains(Idea.WATCH) || ideas.contains(Idea.ENGAGE))
                    && !milestoneWords.get(i) && CallersOwnWords.saidBySpeaker(t, i);
            // "my wife saw your stream"; a bulletin is the listener's in its own words ("That's your forecast")
            listenersVideo |= ideas.contains(Idea.VIDEO) && TheListenersOwn.at(words, i);
            // "Конец фильма", "the end of the movie", "סוף הסרט", "End of chapter one": the end, then the film, the
            // chapter or the bulletin it is the end of; or these, then their end ("ዜናው በዚህ ተጠናቀቀ", the news ended;
            // "Chapter four, the end", its number and a little word between)
            boolean isProgramme = ideas.contains(Idea.PROGRAMME);
            boolean isSession = ideas.contains(Idea.SESSION);
            boolean isFilm = ideas.contains(Idea.FILM) || isProgramme || isSession;
            boolean endsAfter = isFilm && i - lastEnd <= FILM_END_REACH;
            // "השיעור של היום הסתיים", "La clase de hoy ha terminado": little words and today between
            boolean endedBefore = ideas.contains(Idea.END) && (i - lastFilm <= ENDED_REACH
                    || i - lastFilm <= FILM_END_REACH && NumberedParts.between(words, lastFilm, i)
                    || lastFilm >= 0 && i - lastFilm <= FILM_END_REACH + 1
                            && WrapUps.nowBetween(words, lastFilm, i));
            filmEnds |= endsAfter || endedBefore || ideas.contains(Idea.END) && parts.endsAt(i);
            // "C'est la fin de notre journal", "программа подходит к концу": the bulletin, the lesson or the show is
            // the ending's
            carrying += endsAfter && (isProgramme || isSession) || endedBefore && lastFilmBroadcast ? 1 : 0;
            lastEnd = ideas.contains(Idea.END) ? i : lastEnd;
            lastFilmBroadcast = isFilm ? isProgramme || isSession : lastFilmBroadcast;
            lastFilm = isFilm ? i : lastFilm;
            if (isProgramme || isSession) {
                carriers.add(words.get(i)); // "Haberler bu kadar": a bulletin in its wrap-up, carrying no idea alone
            }
            // the audience's own opinion ("ваше мнение", "your thoughts", "דעתכם"), not one the words speak of
            opinionWords += ideas.size() == 1 && ideas.contains(Idea.OPINION)
                    && AudiencesPurpose.askedOfTheAudience(words, i) ? 1 : 0;
            // a film is what people speak of ("the subtitles of the film were badly translated"), and "more" of
            // anything: only a film's end and more videos count
            if (!NOT_CARRIED.containsAll(ideas) || teaserWord) {
                carrying++;
                lastCarrying = i;
                carried.set(i);
                if (!CreditLines.endsOnACreditWord(stems, i, words.size())) {
                    carriers.add(words.get(i));
                }
            }
            if (ideas.contains(Idea.NEXT) && goodbyeWords.add(goodbye)) {
                goodbyes++; // "bye bye" is one goodbye said twice, "see you next time" two
            }
            if (ideas.contains(Idea.NEXT) && !ideas.contains(Idea.FOLLOWING)) {
                seeYou = true;
                lastSeeYou = i;
            }
            boolean isNext = ideas.contains(Idea.FOLLOWING);
            // "the next bulletin", "המבזק הבא", "the next lecture"
            boolean isVideo = ideas.contains(Idea.VIDEO) || isProgramme || isSession;
            // "the next video", "בפרק הבא", "الحلقة القادمة": a video that is the next one, whichever word comes first;
            // more videos, "more" first; "plus de vidéos": a little word may stand between
            boolean nextBefore = lastNext == i - 1
                    || i >= 2 && lastNext == i - 2 && (words.get(i - 1).length() <= SMALL_WORD
                            || MeetingDays.periodIn(List.of(words.get(i - 1)))); // "next week's episode"
            // "the new video is better", "הסרטון החדש", "الفيديو الجديد": a new one named as one is a caller's, as the
            // previous one is ("Check out my previous video", "הסרטון הקודם": whichever word comes first), unless the
            // audience is told to watch it
            boolean newOneAfter = isNext && lastVideo == i - 1;
            boolean namedAfter = newOneAfter && NewOnes.namedAsOne(words, i, lastVideo);
            // "…, same time, same channel": the series' next broadcast where it always is
            nextVideo |= isVideo && nextBefore && !lastNextIsOne || newOneAfter && !namedAfter
                    || isVideo && ScheduledGoodbyes.sameOne(words, i);
            // "I'll see you in lesson four", "נתראה בשיעור חמש", "see you in part three", "nos vemos en la tercera
            // parte": a goodbye till a lesson or a part by its number, the next one
            if (isSession && seeYou && NumberedParts.numberedAfter(words, i)
                    || (isEpisode || ideas.contains(Idea.FILM)) && NumberedParts.goodbyeTill(words, lastSeeYou, i)) {
                nextVideo = true;
                carrying += 2; // the lesson or the part and its number, an ending's words
            }
            namedVideo |= isVideo && nextBefore && lastNextIsOne || namedAfter
                    || isVideo && lastPrevious == i - 1 || isPrevious && lastVideo == i - 1;
            if (isProgramme && lastWas >= 0 && lastWas < i && Broadcasts.namesTheProgramme(t, lastWas, i, headlines)) {
                // "Those were the headlines", "Это были новости", "C'était le journal", "This has been BBC News"
                filmEnds = true;
                carrying += wasWords + 1;
                wasWords = 0;
                programmeThatWas = i;
            }
            boolean afterWas = i > lastWas && i - lastWas <= FILM_END_REACH;
            boolean endedJustBefore = i - lastEnd <= FILM_END_REACH;
            if ((isEpisode || ideas.contains(Idea.FILM)) && parts.read(words, i, afterWas || endedJustBefore)
                    && !isEpisode && afterWas) {
                carrying += wasWords; // "That was part one": the words before the part it names
                wasWords = 0;
            }
            if (isEpisode && afterWas) {
                filmEnds = true; // "Это была третья серия", "That was the last episode of the season"
                carrying += wasWords; // "that was" is an ending's words before the episode it names
                wasWords = 0;
            }
            lastPrevious = isPrevious ? i : lastPrevious;
            lastNextIsOne = isNext || ideas.contains(Idea.MORE) ? isNext && NewOnes.namedAsOne(words, i, i)
                    : lastNextIsOne;
            lastNext = isNext || ideas.contains(Idea.MORE) ? i : lastNext;
            // "ברוכים הבאים לערוץ", "welcome back to my vlog": the audience welcomed to the video itself
            welcomedToTheVideo |= ideas.contains(Idea.VIDEO) && Pleasantries.welcomeGoesOnTo(words, lastWelcome, i);
            lastWelcome = ideas.contains(Idea.WELCOME) ? i : lastWelcome;
            lastVideo = isVideo ? i : lastVideo;
            thisVideo |= ideas.contains(Idea.VIDEO) && ThisVideo.at(words, i);
        }
        // "welcome back to my kitchen", "ברוכים השבים למטבח שלי": the audience welcomed to the presenter's own place,
        // whose "my" is the welcome's word as a channel's is, or to another of the series ("ברוכים הבאים לעוד סיור")
        if (!welcomedToTheVideo && found.containsKey(Idea.WELCOME) && (Pleasantries.welcomedToTheirOwn(words)
                || Pleasantries.welcomedToAnother(words))) {
            welcomedToTheVideo = true;
            carrying++;
        }
        // "Me suscribí a su canal, gracias", "שיתפתי את הסרטון, תודה": the speaker's deed in his verb's own form, where
        // no word but the deed's is the audience's watching ("Compartí el enlace, gracias por ver")
        // (read only where a video, a channel, a like or a watching was found: most of a call's sentences hold none)
        BitSet deeds = found.containsKey(Idea.VIDEO) || found.containsKey(Idea.ENGAGE) || found.containsKey(Idea.WATCH)
                ? SpeakersDeeds.toldIn(t) : new BitSet();
        watching.andNot(deeds);
        reportsWhatHeDid |= !deeds.isEmpty() && watching.isEmpty();
        parts.nextWithoutItsWord(words);
        filmEnds |= parts.words > 0;
        nextVideo |= parts.next; // "…, part two is out on Sunday": the next part, as the next episode
        carrying += parts.words;
        // "Буду рад услышать ваше мнение в комментариях": the opinion asked beside the comments is an ending's words
        carrying += found.containsKey(Idea.ENGAGE) ? opinionWords : 0;
        // "감사합니다! 채널 구독 부탁드립니다", "እናመሰግናለን! ቻናላችንን ሰብስክራይብ ያድርጉ": where the verb comes last, the order to
        // subscribe follows the channel's word; a thanks with an order after the video is an ending's, not a caller's
        thanksForAVideo |= thankedVideo >= 0 && lastEngage < thankedVideo;
        // "I learned a lot from the video, thanks": "I" or "we" who thanks after the video tells what he got from it; a
        // video's own "I" hopes its audience enjoyed it
        thanksForAVideo |= thanksAfterTheVideo && CallerWords.speakerIn(words, language)
                && !found.containsKey(Idea.HOPE);
        // "Скоро будем, дети в кино": a trailer's soon and cinemas, a match's goal and score, stand side by side
        SideBySide.forgetApart(found, phrases, Idea.SOON, Idea.CINEMA, words);
        SideBySide.forgetApart(found, phrases, Idea.GOAL, Idea.SCORE, words);
        wrap = WrapUps.in(words);
        // "Stay tuned for part two", "חלק שני יעלה בקרוב": a later part promised is the next one, and its number and
        // word an ending's
        if (!parts.next && parts.laterOneNamed() && (found.containsKey(Idea.SOON) || !wrap.isEmpty())) {
            nextVideo = true;
            carrying += 2;
        }
        wrap.stream().forEach(i -> carriers.add(words.get(i)));
        // "…, so stay tuned", "…, restez connectés": a wrap-up's words carry the ending as an idea's do
        BitSet wrapOnly = (BitSet) wrap.clone();
        wrapOnly.andNot(carried);
        carrying += wrapOnly.cardinality();
        lastCarrying = Math.max(lastCarrying, wrap.length() - 1);
        BitSet recordedAt = Broadcasts.whereRecorded(t, recordedEnds, found); // "…was recorded at the conference"
        audiencesPhrases.or(recordedAt);
        carrying += recordedAt.cardinality();
        lastCarrying = Math.max(lastCarrying, recordedAt.length() - 1);
    }
}
