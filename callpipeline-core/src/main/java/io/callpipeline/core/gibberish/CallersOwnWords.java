package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The words that tell a caller's own message from a video's ending when both use an ending's words: who speaks ("I"
 * or "we" before the verb: "We watched the video, thanks"), to whom ("you" said to an audience, "me" whom a caller
 * asks for), what the speaker thinks of the video ("Great video, thanks"), what a credit says of its makers ("done by
 * the team"), and which question a caller asks (any but the audience's opinion before a comment). Kept apart from
 * {@link VideoOutroRule}, which decides from these and the ending's ideas, so that each list can be read on its own.
 */
final class CallersOwnWords {

    private CallersOwnWords() {
    }

    /**
     * "You" said to the audience, which an ending's words go on to ("Partagez cette vidéo autour de vous", "share it
     * with your friends"): no caller's own words.
     */
    private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself", "yourselves", "vous", "votre",
            "vos", "toi", "ustedes", "usted", "vosotros", "tus", "вы", "вас", "вам", "вами", "ваш", "ваше", "ваши",
            "ваших", "тебя", "тебе", "ты", "ви", "ваші", "ihr", "euch", "eure", "euren", "dich", "dir", "você",
            "vocês", "voi", "vostri", "wy", "wam", "siz", "size", "sizin");

    /** Whether the word is "you" said to an audience ({@link #YOU}). */
    static boolean addressesTheAudience(String word) {
        return YOU.contains(word);
    }

    /** Whether the word is Amharic's, which says its thanks after what it is for ("ስለ ቪዲዮው አመሰግናለሁ"). */
    static boolean isEthiopic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ETHIOPIC;
    }

    /** Praise of a video, the word before or after it ("Great video", "Отличное видео", "סרטון מעולה"). */
    private static final Set<String> PRAISE = Set.of("great", "nice", "awesome", "amazing", "super", "excellent",
            "cool", "beautiful", "lovely", "wonderful", "מעולה", "יפה", "מדהים", "אחלה", "נהדר", "отличное", "отличный",
            "классное", "классный", "хорошее", "хороший", "супер", "رائع", "رائعة", "حلو", "حلوة", "جميل", "جميلة",
            "génial", "géniale", "magnifique", "belle", "genial", "bonito", "precioso", "toll", "schön", "ottimo",
            "bello", "ótimo", "lindo", "ጥሩ", "ቆንጆ");

    /**
     * Whether the video at {@code at} is praised by the word beside it: a caller's reaction to the video an agent sent,
     * which a thanks goes with ("Great video, thanks"); a video does not praise itself.
     */
    static boolean praised(List<String> words, int at) {
        return at > 0 && PRAISE.contains(words.get(at - 1))
                || at + 1 < words.size() && PRAISE.contains(words.get(at + 1));
    }

    /** "Me", whom a caller asks something for ("Leave me the link, thanks", "Оставьте мне ссылку, спасибо"). */
    private static final Set<String> ME = Set.of("me", "мне", "меня", "мені", "לי", "אותי", "moi", "mir", "mich", "mi",
            "لي");

    /**
     * "I wait", "waiting" and "we wait", with which a caller says he awaits what was promised ("Waiting for the link,
     * thanks", "Жду ссылку, спасибо", "מחכה לקישור, תודה"); a video awaits its audience ("Жду вас в следующем видео"),
     * not a link. French's "j'attends" is read "jattends".
     */
    private static final Set<String> WAIT = Set.of("waiting", "await", "awaiting", "מחכה", "מחכים", "מחכות", "אחכה",
            "נחכה", "بستنى", "استنى", "مستني", "منتظر", "بانتظار", "انتظر", "ننتظر", "жду", "ждём", "ждем", "ожидаю",
            "чекаю", "чекаємо", "attends", "jattends", "attendons", "espero", "esperamos", "esperando", "aguardo",
            "aguardamos", "warte", "warten", "aspetto", "aspettiamo", "czekam", "bekliyorum", "aştept");

    /** How many words before a video or its link a caller's waiting for it stands ("waiting for the link"). */
    private static final int WAIT_REACH = 3;

    /** Whether a waiting word ({@link #WAIT}) stands shortly before the video or link at {@code video}. */
    static boolean waitsFor(List<String> words, int video) {
        for (int i = Math.max(0, video - WAIT_REACH); i < video; i++) {
            if (WAIT.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "With": "me" after it is company kept ("Thanks for hanging out with me"), not a request. */
    private static final Set<String> WITH = Set.of("with", "avec", "mit", "con");

    /** "Find": "me" after it is the presenter found ("אתם יודעים איפה למצוא אותי", "you know where to find me"). */
    private static final Set<String> FIND = Set.of("find", "למצוא", "найти", "trouver", "encontrar", "finden",
            "trovare");

    /**
     * "Of", "from" and "by" as little words of their own: "we" after them is "us" ("alături de noi", "de nosotros"),
     * and a part they follow names what it is a part of ("the first part of the payment", {@link NumberedParts}). Not
     * German's "der", which is an article as often ("der erste Teil, der zweite Teil").
     */
    static final Set<String> OF = Set.of("of", "של", "מתוך", "من", "de", "del", "du", "des", "della", "di", "do", "da",
            "von", "vom", "z", "ze", "із", "из");

    /**
     * Whether "me" is among the words: the caller asks something for himself. "Me" right after the audience's watching
     * or joining is the presenter they watched ("Thanks for joining me", "Спасибо, что смотрели меня"), after "with"
     * the company he kept ("Thanks for hanging out with me") and after "find" the presenter found, and before a
     * platform where he is found ({@link #onAPlatform}), no caller's request.
     */
    static boolean asksForHimself(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (ME.contains(words.get(i)) && !(i > 0 && (EndingWords.carries(words.get(i - 1), Idea.WATCH)
                    || WITH.contains(words.get(i - 1)) || FIND.contains(words.get(i - 1))))
                    && !onAPlatform(words, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the presenter names a platform he is found on ("Follow me on TikTok for daily tips about buying
     * property", "Подписывайтесь на меня в тиктоке"): what he posts there may be told in a caller's words.
     */
    static boolean foundOnAPlatform(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (ME.contains(words.get(i)) && onAPlatform(words, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How far after "me" the platform it is found on may stand ("me on TikTok", "на меня в тиктоке"). */
    private static final int PLATFORM_REACH = 2;

    /**
     * Whether a platform of the audience's (Instagram, TikTok, YouTube: {@link Idea#ENGAGE}) stands within reach after
     * "me": the presenter is followed or found there ("Follow me on TikTok for daily tips", "Suivez-moi sur
     * Instagram"); a caller asks to be followed to the flat by car, or sent the photos on WhatsApp, which is no
     * audience's.
     */
    private static boolean onAPlatform(List<String> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + PLATFORM_REACH); i++) {
            if (EndingWords.carries(words.get(i), Idea.ENGAGE) && !EndingWords.carries(words.get(i), Idea.TELL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a credit says its work was done with, or by a team ("Перевод выполнен командой сайта", "Субтитры
     * сделаны командой проекта", "Traducción hecha por el equipo"), as word starts: a credit's own words, not someone
     * going on about the subtitles.
     */
    private static final List<String> MADE_BY = List.of("команд", "выполнен", "сделан", "подготовлен", "создан",
            "команди", "зроблен", "виконан", "team", "done", "made", "équipe", "réalisé", "equipo", "hech", "realizad",
            "equipe", "feit", "squadra", "fatt", "gemacht", "erstellt", "zespół", "wykonan", "ekip", "tarafından");

    /** Whether the word says a credit's work was done or by whom ({@link #MADE_BY}). */
    static boolean saysWhoMadeIt(String word) {
        for (String start : MADE_BY) {
            if (word.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** How far after "I" or "we" the speaker's verb stands ("We watched", "Nous avons regardé"). */
    private static final int SPEAKERS_VERB_REACH = 2;

    /**
     * Whether "I" or "we" stands just before the word at {@code verb} in the transcript's words, a watching or liking
     * word: someone telling what he did ("We watched the video, thanks", "Thanks, I'll watch it later", "I subscribed
     * to your updates, thanks", "Мы посмотрели видео, спасибо"); a video thanks its audience for watching and asks it
     * to like, and its "I" wants to thank ("I want to thank you for watching").
     */
    static boolean saidBySpeaker(TranscriptFeatures t, int verb) {
        List<String> words = t.words();
        for (int i = Math.max(0, verb - SPEAKERS_VERB_REACH); i < verb; i++) {
            // English's "I" is written so; "i" is "and" in Polish ("Subskrybuj kanał i zostaw łapkę")
            String word = words.get(i);
            // "Dites-nous", "Tell us": "we" after an order is whom it is given to, after "with" or "of" whose company
            // the audience kept ("stati con noi", "alături de noi"), and a "we" that is "us" after "you" whom the
            // audience watches ("d'où vous nous regardez"); "Merci de nous avoir écoutés": "nous" before an
            // infinitive is "us"
            String before = i > 0 ? words.get(i - 1) : "";
            if (CallerWords.isSpeaker(word, t.transcript().language())
                    && !(word.equals("i") && t.writtenInLowerCase(i)) && !isAnOrder(before)
                    && !WITH.contains(before) && !OF.contains(before)
                    && !(US.contains(word) && addressesTheAudience(before))
                    && !INFINITIVE_AUXILIARIES.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "We" that is "us" too, French's and Spanish's ("vous nous regardez"); English's "we" never is. */
    private static final Set<String> US = Set.of("nous", "nos");

    /** French's infinitive auxiliaries, after which "nous" is the object ("de nous avoir suivis", "de nous être"). */
    private static final Set<String> INFINITIVE_AUXILIARIES = Set.of("avoir", "être", "etre");

    /** Whether the word orders the audience ("dites", "tell", "напишите"): {@link EndingWords.Idea#TELL}. */
    private static boolean isAnOrder(String word) {
        return EndingWords.carries(word, EndingWords.Idea.TELL);
    }

    /** The marks a sentence ends with; a question's are among them. */
    private static final String SENTENCE_ENDS = ".!?;\n؟。！？፧\u037E";

    /** An opinion asked of an audience is short ("What did you guys think?"); a caller's question goes on. */
    private static final int MAX_OPINION_QUESTION_WORDS = 6;

    /**
     * Whether the text asks a question a caller asks: any but a short one asking the audience's opinion ("What do you
     * think?", "מה דעתכם?", "Что вы думаете?", which a video asks before "tell me in the comments") or whether it liked
     * the video ("Did you like the video? Hit like", "אהבתם? תנו לייק"), and a broadcast's own question ("Any questions
     * from the audience?"). Whether the
     * opinion is about the flat, or the text names a day or asks for a call back, is told apart by the caller's words.
     */
    static boolean asksACallersQuestion(String text) {
        if (!TranscriptFeatures.asksAQuestion(text)) {
            return false;
        }
        int start = 0; // one pass over the text, sentence by sentence: a long call is read once
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) < 0) {
                continue;
            }
            if (TranscriptFeatures.isQuestionMark(text, i) && !titlesTheNextEpisode(text.substring(start, i))) {
                List<String> words = TranscriptFeatures.wordsOf(text.substring(start, i));
                if (!asksTheAudience(words) && !onlyGreets(words) && (words.size() > MAX_OPINION_QUESTION_WORDS
                        || words.stream().noneMatch(CallersOwnWords::asksAnOpinion) && !asksForMoreOfThem(words)
                                && !asksWhetherItLiked(words))
                        && !answeredInTheComments(text, i + 1)) {
                    return true;
                }
            }
            start = i + 1;
        }
        return false;
    }

    /** Greetings asked as questions ("what's up", "מה קורה", "как дела"), from {@code greeting-questions.tsv}. */
    private static final PhraseIndex<Boolean> GREETING_QUESTIONS = new PhraseIndex<>();

    static {
        for (String[] columns : WordLists.rows("greeting-questions.tsv")) {
            GREETING_QUESTIONS.add(Boolean.TRUE, columns[1]);
        }
    }

    /**
     * Whether a question only greets ("Hey guys, what's up?", "היי חבר'ה, מה קורה?", "Привет, друзья, как дела?"): a
     * greeting asked as a question, with nothing else but pleasantries, the audience and one word more (a name, a
     * "חבר'ה"). It asks nothing a caller wants answered; what he wants, he says in his other sentences.
     */
    static boolean onlyGreets(List<String> words) {
        List<PhraseIndex.Found<Boolean>> greetings = GREETING_QUESTIONS.in(words);
        if (greetings.isEmpty()) {
            return false;
        }
        BitSet greeting = PhraseIndex.where(greetings);
        int others = 0;
        for (String word : PhraseIndex.outside(words, greeting)) {
            if (!Pleasantries.isOne(word) && !EndingWords.carries(word, EndingWords.Idea.AUDIENCE) && ++others > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence that starts at {@code from} tells the audience to write in the comments ("Questions about
     * your lease? Drop them in the comments below", "שאלות? כתבו בתגובות"): the question before it is asked of an
     * audience, which answers it there. A caller who left a comment says so ("I left a comment"), telling no one to.
     */
    static boolean answeredInTheComments(String text, int from) {
        int end = from;
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<String> next = TranscriptFeatures.wordsOf(text.substring(from, end));
        // "Looking for a flat? Send me a message, the link is in my bio": a broadcast's own line answers it too
        return next.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.TELL))
                && next.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.ENGAGE))
                || EndingPhrases.in(next).stream().anyMatch(f -> f.meaning() == EndingWords.Idea.CATCHPHRASE);
    }

    /** The ideas that name the next one: a later episode, a new or following one. */
    private static final Set<EndingWords.Idea> NEXT_ONE = EnumSet.of(EndingWords.Idea.NEXT,
            EndingWords.Idea.FOLLOWING);
    /** The ideas of what is next: a video, an episode, a programme. */
    private static final Set<EndingWords.Idea> AN_EPISODE = EnumSet.of(EndingWords.Idea.VIDEO,
            EndingWords.Idea.EPISODE, EndingWords.Idea.PROGRAMME);

    /**
     * Whether the question is the next episode's title, after a colon that the next episode stands before ("בפרק
     * הבא: מה קורה כשהשכנים מתחילים לבנות?", "In the next episode: what happens when…?"): a teaser's, not a caller's.
     */
    private static boolean titlesTheNextEpisode(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 0) {
            return false;
        }
        List<String> before = TranscriptFeatures.wordsOf(sentence.substring(0, colon));
        return before.stream().anyMatch(w -> NEXT_ONE.stream().anyMatch(idea -> EndingWords.carries(w, idea)))
                && before.stream().anyMatch(w -> AN_EPISODE.stream().anyMatch(idea -> EndingWords.carries(w, idea)));
    }

    /**
     * Whether the question is a broadcast's own line ({@link EndingWords.Idea#CATCHPHRASE}): a talk's questions from
     * the audience ("Any questions from the audience?", "Вопросы из зала есть?"), or the audience's questions asked
     * with nothing else ("יש לכם שאלות?", the phrase of {@code ending-phrases.tsv}'s engage idea).
     */
    private static boolean asksTheAudience(List<String> words) {
        return EndingPhrases.in(words).stream().anyMatch(f -> f.meaning() == EndingWords.Idea.CATCHPHRASE
                // "יש לכם שאלות?", "Остались вопросы?": the audience's questions, and nothing else asked
                || f.meaning() == EndingWords.Idea.ENGAGE && f.from() == 0 && f.to() == words.size());
    }

    /** A video's own ideas that ask the audience whether it wants more ("Want more videos like this?"). */
    private static final Set<EndingWords.Idea> MORE_OF_THEM = EnumSet.of(EndingWords.Idea.MORE,
            EndingWords.Idea.FOLLOWING, EndingWords.Idea.NEXT);

    /**
     * Whether the question asks the audience whether it wants more videos or the next one ("רוצים עוד סרטונים כאלה?",
     * "Хотите больше таких видео?", "רוצים חלק שני?"): a video and more of it, or a part and its number, in a short
     * question naming nothing a caller's.
     */
    private static boolean asksForMoreOfThem(List<String> words) {
        boolean video = false;
        boolean more = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            for (EndingWords.Stem stem : EndingWords.stemsIn(word)) {
                video |= stem.idea() == EndingWords.Idea.VIDEO || stem.idea() == EndingWords.Idea.EPISODE;
                more |= MORE_OF_THEM.contains(stem.idea());
            }
            if (i + 1 < words.size() && EndingWords.namesAPart(word)
                    && (NumberWords.value(words.get(i + 1)).isPresent() || MeetingDays.numbersAPart(words, i + 1))) {
                video = true; // "רוצים חלק שני?", "Want part two?": a part and its number, the next one asked for
                more = true;
            }
        }
        return video && more && !CallerWords.anyIn(words);
    }


    /**
     * Whether a short question asks the audience whether it liked, enjoyed or subscribed ("Did you like the video?",
     * "Did you enjoy this one?"): a like or a subscription is a video's word, in a question naming nothing a caller's.
     */
    private static boolean asksWhetherItLiked(List<String> words) {
        return words.stream().anyMatch(w -> EndingWords.carries(w, EndingWords.Idea.ENGAGE)
                || EndingWords.carries(w, EndingWords.Idea.ENJOY)) && !CallerWords.anyIn(words);
    }

    /** An opinion's word, or whether the audience liked it ("Did you like the video?", "אהבתם?", "Понравилось?"). */
    private static boolean asksAnOpinion(String word) {
        return EndingWords.carries(word, EndingWords.Idea.OPINION) || EndingWords.carries(word, EndingWords.Idea.ENJOY);
    }
}
