package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * names a day or the flat, or asks for the video is a caller's. Whisper learnt from other broadcasts too, and their
 * ends are read the same way ({@link Broadcasts}): a news bulletin that was, a lesson or a show that ends or is next, a
 * chapter's end, a station's ident, a break in the programme, a guided breath in and out. How the words are read
 * (which ideas, what stands beside what) is {@link EndingScan}'s; this rule weighs what it found. Two readings go past
 * that: a goodbye till a day after an ending clear on its own is the series' schedule, not a caller's meeting ({@link
 * ScheduledGoodbyes}), and a presenter's opening longer than the short transcripts read here names today's video
 * ({@link LongOpenings}).
 */
public final class VideoOutroRule implements GibberishRule {

    public static final String CODE = "video_outro";

    /** The ideas of a thanks, to whomever it is said. */
    private static final Set<Idea> THANKS_ONLY = EnumSet.of(Idea.THANKS, Idea.WATCH, Idea.AUDIENCE);

    /**
     * A thanks and a goodbye till next time, all a caller's last words may hold ("Thanks for your help, see you next
     * time"), and the help his Hebrew thanks for ("תודה על העזרה"), whose letters a video's "it helped" has.
     */
    private static final Set<Idea> THANKS_AND_GOODBYE = EnumSet.of(Idea.THANKS, Idea.NEXT, Idea.FOLLOWING,
            Idea.ENJOY);

    /** The ideas of a remark on a video and a thanks after it ("The link works, thanks"). */
    private static final Set<Idea> REMARK = EnumSet.of(Idea.VIDEO, Idea.THANKS);

    /** The ideas of liking and sharing, to whomever. */
    private static final Set<Idea> LIKES_ONLY = EnumSet.of(Idea.ENGAGE, Idea.TELL, Idea.AUDIENCE);

    /** Longer transcripts are calls that may say such words. */
    private static final int MAX_WORDS = 16;

    /**
     * Where a sentence ends: a full stop, a question or an exclamation before a space or the end (a web address's dot,
     * "Amara.org", ends none), a line's end, or the full stops Chinese and Japanese write without a space after them.
     */
    static final Pattern SENTENCES = Pattern.compile("[.!?;]+(?=\\s|$)|[\\n؟。！？]+");

    /** A sentence this long without any of the ideas is the caller's own. */
    static final int MIN_OWN_SENTENCE_WORDS = 3;

    /** Why a transcript is judged a video's or a broadcast's end, as the tab shows it. */
    private static final String ENDED =
            "התמלול הוא סוף של סרטון או שידור (תודה שצפיתם, הירשמו לערוץ, כתוביות, מהדורת חדשות), לא שיחה";

    /** Why a transcript is judged a video's opening. */
    private static final String OPENED = "התמלול הוא פתיחה של סרטון (שלום לכולם, בסרטון של היום), לא שיחה";

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        List<String> words = t.words();
        // "Let your shoulders drop, and soften your jaw", "…, this has been Mark with Jerusalem Homes": a guide's
        // orders to the listener's body, a reporter's last words, read whole up to forty words
        if (GuidedRelaxation.in(t) || PresentersSignOff.in(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, ENDED));
        }
        if (words.size() > MAX_WORDS) {
            // "Hey guys, it's Noa, and in today's video I'm going to show you…": an opening, longer than an ending
            return LongOpenings.in(t) ? Optional.of(GibberishVerdict.gibberish(CODE, OPENED)) : Optional.empty();
        }
        if (words.isEmpty() || AddressedByTitle.in(t)) {
            return Optional.empty(); // "…, have a nice evening, Mr. Levi": a caller's last words to the agent
        }
        EndingScan scan = new EndingScan(t);
        Optional<GibberishVerdict> verdict = judged(t, scan);
        if (verdict.isEmpty() && scan.found.containsKey(Idea.AUDIENCE) && LongOpenings.introducesTodaysSubject(t)) {
            // "שלום לכולם, אני יובל, והיום נבדוק כמה עולה דירה בחיפה": the presenter names himself, not the video
            return Optional.of(GibberishVerdict.gibberish(CODE, OPENED));
        }
        if (verdict.isEmpty()) {
            verdict = oneShapeAlone(t, scan);
        }
        if (verdict.isPresent() || scan.goodbyes == 0 && !scan.seeYou && !ScheduledGoodbyes.namesHomework(words)) {
            return verdict; // most calls: no goodbye said nor homework set, so none till a day
        }
        // "Hit the like button and we'll see you on Monday": after an ending clear on its own, the day a goodbye names
        // is the series' schedule, not a caller's meeting
        return ScheduledGoodbyes.before(t).flatMap(rest -> {
            EndingScan restScan = new EndingScan(rest);
            return ScheduledGoodbyes.clear(rest, restScan) ? judged(rest, restScan) : Optional.empty();
        });
    }

    /**
     * A short transcript that is one shape the ideas' weighing misses, each read apart by its own class: whoever
     * watches told where to find the presenter, the viewers wished something ("שבת שלום לכל הצופים"), a link placed on
     * the screen or the place under the video named as its own, a goodbye to a crowd ("Okay kids, see you tomorrow"), questions sent in, a live stream's slot, a close
     * pointed at itself, a programme named, a demonstration's result, a guest introduced, a lesson stopped or a break
     * promised ({@link OpeningShapes}), or today's subject opened with no crowd greeted.
     */
    private static Optional<GibberishVerdict> oneShapeAlone(TranscriptFeatures t, EndingScan scan) {
        if (WhoeverWants.in(t) || AddressedAudience.in(t) || LinkPlacements.in(t)
                || GoodbyeToACrowd.in(t, scan) || QuestionsSentIn.in(t) || LiveSlots.in(t)
                || OpeningShapes.in(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, ENDED));
        }
        return LongOpenings.opensOnTodaysSubject(t) ? Optional.of(GibberishVerdict.gibberish(CODE, OPENED))
                : Optional.empty();
    }

    /** Weighs what the scan found in a short transcript ({@value #MAX_WORDS} words at most, one or more). */
    private Optional<GibberishVerdict> judged(TranscriptFeatures t, EndingScan scan) {
        List<String> words = t.words();
        String language = t.transcript().language(); // "my" and "on" are "we" in Polish and French only
        // "thanks for the video" without anyone watching it is a caller thanking for the video an agent sent; the
        // next video is nobody's to send yet, and a live stream nobody's to send ("Спасибо за стрим, до завтра")
        boolean live = Broadcasts.live(scan.found);
        boolean thankedForTheVideo = (scan.thanksForAVideo
                || scan.remarksOnTheVideo && REMARK.containsAll(scan.found.keySet()))
                && !scan.found.containsKey(Idea.WATCH) && !scan.nextVideo && !scan.filmEnds && !live;
        // the audience's purpose after the video is the ending's ("Save this video | so you can come back to it later")
        List<String> beforeThePurpose = AudiencesPurpose.before(AudiencesPurpose.beforeWhomToShareWith(t));
        int purpose = words.size() - beforeThePurpose.size();
        // the subject after a welcome to the channel is the opening's ("Welcome back to the channel, | today we're
        // touring a gorgeous penthouse")
        int opened = scan.welcomedToTheVideo ? LongOpenings.subjectAfterAWelcome(words) : -1;
        // as is what the presenter tells new viewers ("If you're new here, | hi, I'm Dana, and I help families…")
        int newcomers = scan.found.containsKey(Idea.AUDIENCE) ? LongOpenings.afterTheNewcomers(words) : -1;
        opened = opened >= 0 ? opened : newcomers;
        // and so is the subject a teaser tells after its "we'll see" ("በዛሬው ፕሮግራማችን የምናየው | በቴል አቪቭ የሚገኝ ቤት ነው")
        int subject = opened >= 0 ? words.size() - opened : LongOpenings.toldByATeaser(words, scan);
        double share = (double) (scan.carrying + purpose + subject) / words.size();
        String text = t.text(); // "sous-titres" and "Amara.org" are split into words; the text keeps them whole
        // a credit goes on in a name, an ending in its ideas: ordinary words in it, or past the ending's last idea
        // ("Thanks for your attention to these little details"), are someone speaking
        // "…stay safe out there and keep investing", "Drive home safe, and goodnight!"
        Set<String> wished = Pleasantries.wishedIn(words, scan.caredFor);
        Predicate<String> phraseWord = w -> scan.carriers.contains(w) || Pleasantries.isOne(w) || wished.contains(w)
                || CallersOwnWords.addressesTheAudience(w)
                // "every week", "this year": a series' schedule, its support's span
                || MeetingDays.periodIn(List.of(w));
        boolean opensWithSubtitles = CreditLines.subtitlesOpenASentence(text);
        boolean opensWithCredit = CreditLines.opensACreditLine(words, language, scan.found.containsKey(Idea.VIDEO)
                || scan.found.containsKey(Idea.SESSION) || scan.found.containsKey(Idea.PROGRAMME));
        // read only when a credit is in question: it reads the words' written case
        boolean speaksOn = (opensWithSubtitles || opensWithCredit)
                && CallerWords.speaksOn(t, phraseWord.or(CreditLines::holdsASubtitle)
                        .or(CallersOwnWords::saysWhoMadeIt).or(CreditLines.named(words, text)::contains));
        boolean named = CreditLines.SOURCES.stream().anyMatch(text::contains);
        boolean subtitles = named || opensWithSubtitles && !speaksOn;
        boolean credit = opensWithCredit && !speaksOn;
        // "Сегодня на канале: всё о налоге": today's channel, whose subject follows, is no channel of something
        boolean lastIsVideo = scan.lastCarrying >= 0 && scan.lastCarrying == scan.lastVideo && !scan.todaysVideo;
        // "In this video we'll talk about saving money": an opening tells its subject, as a teaser the next one's; a
        // crowd greeted is the video's audience when the subject is told or the start called ("Привет всем! Сегодня
        // я расскажу, как выбрать ипотеку")
        boolean opening = (scan.subject || scan.todaysVideo || !scan.wrap.isEmpty())
                && scan.found.containsKey(Idea.AUDIENCE)
                && (scan.found.containsKey(Idea.WELCOME) || Pleasantries.isOne(words.get(0))
                        // "يا جماعة، اليوم رح ورجيكم…", "Друзья, сегодня я покажу…"
                        || callsItsAudience(words, CALLED_WITHIN))
                || scan.welcomedToTheVideo // "ברוכים הבאים לערוץ, היום אני לוקח אתכם לסיור בפנטהאוז"
                || newcomers >= 0; // "אם אתם חדשים פה, נעים מאוד, אני דנה"
        boolean teaser = scan.subject && (scan.nextVideo || scan.found.containsKey(Idea.VIDEO)
                || scan.found.containsKey(Idea.SESSION)) || opening; // "Dans le prochain cours, on parlera des…"
        boolean filmEnds = scan.filmEnds && !Broadcasts.callersNews(t, scan.programmeThatWas, phraseWord);
        boolean aVideoItNames = scan.nextVideo || filmEnds || scan.namedVideo && toldToWatch(scan.found) || teaser;
        // "Прогноз погоды - теория вероятности в действии": a forecast or a recap goes on to a place, a sign or a
        // name ("Гороскоп на неделю: Лев", "Previously on Grey's Anatomy"), not in its own words
        Map<Idea, Set<String>> found = scan.headingEnds >= 0
                && (CallerWords.goesOnPast(t, phraseWord, scan.headingEnds)
                        || CallerWords.goesOnPastUncased(t, phraseWord, scan.headingEnds))
                                ? without(scan.found, Idea.HEADING) : scan.found;
        // "That's it for this week": the week a wrap-up is for is no day a caller names
        List<String> notWrapUp = PhraseIndex.outside(words, scan.wrap);
        // "And thank you, the viewers at home": the audience's phrase names no caller's home, nor a wrap-up's today's
        // instalment a caller's tour ("That's all for today's tour", "Eso es todo por el tour de hoy")
        BitSet notOwn = (BitSet) scan.audiencesPhrases.clone();
        notOwn.or(scan.wrap);
        List<String> ownBefore = PhraseIndex.outside(beforeThePurpose, notOwn);
        boolean crewThanked = CreditLines.crewThanked(words, scan.found);
        boolean speaker = CallerWords.speakerIn(words, language);
        boolean endsOrSignsOff = (IdeasOfAnEnding.end(found, share, aVideoItNames, speaker, crewThanked)
                // "partagez-la avec un ami qui cherche un appartement": shared with whom the audience knows
                || found.containsKey(Idea.ENGAGE) && purpose > 0 && share >= IdeasOfAnEnding.MIN_SHARE
                || IdeasOfAnEnding.signOff(scan.found, share, scan.goodbyes) && !MeetingDays.weekIn(notWrapUp)
                        // "Thanks for your help, see you next time": a caller's thanks for what he names
                        && !(THANKS_AND_GOODBYE.containsAll(scan.found.keySet()) && ThanksForWhatACallerNames.in(words))
                || WrapUps.whole(t, scan.wrap, phraseWord))
                && !(thanksForSomethingElse(t, scan.found, phraseWord, scan.lastCarrying, lastIsVideo, scan.thisVideo)
                        && !scan.nextVideo && !scan.filmEnds // "…the last episode of the season" ends there
                        && !opening // "Ciao a tutti, oggi vi mostro come arredare un monolocale": its subject
                        // "Спонсор этого выпуска — агентство «Дом»": a broadcast's own line goes on to what it names
                        && !scan.found.containsKey(Idea.CATCHPHRASE)
                        // "Follow me on TikTok for daily tips about buying property": as the platform to what is on it
                        && !CallersOwnWords.foundOnAPlatform(words))
                // the next episode is nobody's to have watched: "Merci de nous avoir suivis, à bientôt pour un nouvel
                // épisode" ("nous" the audience followed, not who speaks)
                && !reportsLikes(words, language, scan.found) && !(scan.reportsWhatHeDid && !scan.nextVideo)
                // "My wife saw your stream yesterday. Bye.": the agent's video, a caller's, unless the audience is told
                // to like or subscribe ("…wherever you get your podcasts")
                && !(scan.listenersVideo && !scan.nextVideo && !scan.found.containsKey(Idea.ENGAGE))
                // "I'll leave a comment on the video tonight": a caller's intent, the comment his
                && !(scan.found.containsKey(Idea.ENGAGE) && SpeakersDeeds.promisesAComment(t));
        // where case cannot tell a name from someone going on (Hebrew, Arabic), a caller on the subtitles of the flat's
        // video is told by what a call says, as a goodbye is; a subtitling community's name no caller says
        if (subtitles && !CreditLines.speaksBesideTheCredit(t.transcript().text())
                && (named || text.codePoints().anyMatch(Character::isLowerCase)
                        || !CallersExcuses.arrangesOrDiscusses(t, notWrapUp, ownBefore, false, false))
                // "مرحبا، הלינק עובד עכשיו, شكرا": a caller switching languages, with nothing of an ending's but a
                // pleasantry in one; an ending said in two says its ideas in both ("شكراً على المشاهدة، don't forget to
                // subscribe")
                || (credit || endsOrSignsOff && EndingSentences.everyOneEnds(text) && !thankedForTheVideo
                        && !t.switchesScriptBeside(2, w -> scan.carriers.contains(w) && !Pleasantries.isOne(w)))
                // beside a station's ident, an hour is its time check ("أنتم تستمعون إلى إذاعة مكان، الساعة الثامنة"),
                // and beside a bulletin that was, a day its schedule ("Это был прогноз на завтра", "Das war das Wetter
                // für morgen": the caller's news goes on in his own words, which filmEnds has left out)
                && !CallersExcuses.arrangesOrDiscusses(t, notWrapUp, ownBefore, scan.nextVideo || live
                        || scan.found.containsKey(Idea.CATCHPHRASE) || filmEnds && scan.programmeThatWas >= 0,
                        // a broadcast's own line ("the link is in my bio") is no caller's, whatever he asks beside it,
                        // nor its crew's jobs ("Thanks to our camera crew"): the camera is no caller's
                        teaser || scan.found.containsKey(Idea.CATCHPHRASE) || crewThanked
                                // "Fin du match, victoire des visiteurs": the home side and the visitors are the
                                // match's, no caller's home or visit
                                || Broadcasts.matchCalled(scan.found)
                                || CallersExcuses.ordersTheAudience(scan, words, filmEnds)
                                        // "…شو بدكم نحكي المرة الجاية": the subject's "talk" is no caller's ask
                                        && !CallerWords.asksOrSawIn(PhraseIndex.outside(beforeThePurpose,
                                                InventionPieces.subjectIn(beforeThePurpose))))) {
            return Optional.of(GibberishVerdict.gibberish(CODE, ENDED));
        }
        return Optional.empty();
    }

    /** How far into a transcript its audience may be called ("يا جماعة", "Друзья,", "Okay guys"). */
    private static final int CALLED_WITHIN = 2;

    /** Whether the audience is called within the transcript's first words, as a greeting is said. */
    static boolean callsItsAudience(List<String> words, int within) {
        for (int i = 0; i < Math.min(within, words.size()); i++) {
            if (EndingWords.carries(words.get(i), Idea.AUDIENCE)) {
                return true;
            }
        }
        return false;
    }

    /** The ideas found but one. */
    private static Map<Idea, Set<String>> without(Map<Idea, Set<String>> found, Idea idea) {
        Map<Idea, Set<String>> rest = new EnumMap<>(found);
        rest.remove(idea);
        return rest;
    }

    /**
     * Thanks and nothing else of a video's, or a channel or video, going on past the last idea in ordinary words:
     * thanks for something the words name ("Спасибо за внимание к моей просьбе", "Thanks for watching my little
     * daughter"), a channel of something ("Подписывайтесь на канал поставки оборудования"), but an episode the audience
     * is thanked for watching as this one ({@code thisVideo}), which may name what it was about. An ending that asks
     * for something goes on in its own words ("Write in the comments what you think"), so only these count.
     */
    private static boolean thanksForSomethingElse(TranscriptFeatures t, Map<Idea, Set<String>> found,
            Predicate<String> phraseWord, int lastCarrying, boolean lastIsVideo, boolean thisVideo) {
        // "Gracias por escuchar este episodio de nuestro podcast sobre bienes raíces": the audience thanked for
        // watching or listening to the episode, whatever it is about
        boolean thankedForWatchingIt = found.containsKey(Idea.THANKS) && found.containsKey(Idea.WATCH) && thisVideo;
        return (THANKS_ONLY.containsAll(found.keySet()) || lastIsVideo && !thankedForWatchingIt)
                && CallerWords.goesOnBeforeTheAudience(t, phraseWord, VideoOutroRule::toTheAudience, lastCarrying + 1)
                || found.containsKey(Idea.WATCH) && found.keySet().stream().noneMatch(BROADCAST_NAMED::contains)
                        && CompanyThanked.lastedThroughSomethingElse(t, phraseWord);
    }

    /** The ideas that name a broadcast or what only its audience does: a thanks beside them is a presenter's. */
    private static final Set<Idea> BROADCAST_NAMED = EnumSet.of(Idea.VIDEO, Idea.ENGAGE, Idea.CATCHPHRASE,
            Idea.CREDIT, Idea.SESSION, Idea.PROGRAMME, Idea.EPISODE, Idea.FILM);

    /**
     * A previous or a known new video is a caller's ("הסרטון הקודם היה יותר טוב", "The new video is better") but when
     * the audience is told to watch it ("Check out my previous video", "Рекомендую посмотреть предыдущее видео").
     */
    private static boolean toldToWatch(Map<Idea, Set<String>> found) {
        return found.containsKey(Idea.TELL) || found.containsKey(Idea.WATCH) || found.containsKey(Idea.ENGAGE);
    }

    /**
     * Whether the word speaks to the audience ("you", "people", "друзья": {@link Idea#AUDIENCE}) or names whom it is
     * told to share the video with ("anyone", "тем": {@link AudiencesPurpose#isOthers}).
     */
    private static boolean toTheAudience(String word) {
        return CallersOwnWords.addressesTheAudience(word)
                || EndingWords.carries(word, Idea.AUDIENCE) || AudiencesPurpose.isOthers(word);
    }

    /**
     * "I" or "we" who liked or shared: someone telling what he did ("Я поставил лайки всем постам соседа"); a video
     * asks its audience to.
     */
    private static boolean reportsLikes(List<String> words, String language, Map<Idea, Set<String>> found) {
        return CallerWords.isSpeaker(words.get(0), language) && LIKES_ONLY.containsAll(found.keySet());
    }
}
