package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What callers to an estate agent say and a video's last words never do, in the languages of
 * Israel's callers, from {@code caller-words.tsv}: what the call is about (the flat, its rooms, its
 * price, its street) and asking for something (send me the video, call me back). Whisper's
 * inventions are learnt from videos and never name a flat's kitchen or ask for a WhatsApp; a short
 * goodbye that does ("спасибо за просмотр квартиры", "send me the video, thanks, bye") is the
 * caller's. Used only to keep a call from being judged an invention, never to judge one.
 */
final class CallerWords {

    /** "apartments", "квартирой", "mieszkaniem": an ending, not another word. */
    private static final int MAX_ENDING = 4;

    /** The kind of row that names the phone, which a caption hears ring: only a count is excused by it. */
    private static final String PHONE = "phone";
    /** The kind of row that names a personal number (an identity number, a card, an account): as the phone. */
    private static final String PERSONAL = "personal";
    /** The kind of row that names the flat's door and keys, which a caption hears knock: only an ending is excused. */
    private static final String DOOR = "door";

    /**
     * The kind of row that names a number ("מספר", "номер"): the number a caller asks for or gives, unless it numbers a
     * part ("פרק מספר חמש", "Episode number five": a series' episode, a book's chapter).
     */
    private static final String NUMBER = "number";

    private static final List<String[]> ROWS = WordLists.rows("caller-words.tsv");
    private static final StemSet WORDS = StemSet.of(ROWS, MAX_ENDING, CallerWords::saysWhatHeWants);
    /** The kind of row that names what the call is about (the flat, its price, its mortgage, a tour of it). */
    private static final String TOPIC = "topic";
    /** A caller's words but the topic's: what he asks for, what he saw or received. */
    private static final StemSet ASKS_AND_SAW = StemSet.of(ROWS, MAX_ENDING,
            row -> saysWhatHeWants(row) && !TOPIC.equals(row[0]));
    private static final StemSet TOPICS = StemSet.of(ROWS, MAX_ENDING, row -> TOPIC.equals(row[0]));
    private static final StemSet NUMBERS = StemSet.of(ROWS, MAX_ENDING, row -> NUMBER.equals(row[0]));
    private static final StemSet PHONES = StemSet.of(ROWS, MAX_ENDING,
            row -> PHONE.equals(row[0]) || PERSONAL.equals(row[0]));
    private static final StemSet DOORS = StemSet.of(ROWS, MAX_ENDING, row -> DOOR.equals(row[0]));

    /**
     * "I" and "we" in the languages the identifier names, and English's "I'll", "I've", "I'm", "we've", "I'd" as they are
     * read without the apostrophe: who speaks of himself is no video's credit or label.
     */
    private static final Set<String> SPEAKERS = Set.of("i", "we", "אני", "אנחנו", "انا", "نحن", "احنا", "я", "мы",
            "ми", "je", "on", "nous", "yo", "nosotros", "eu", "nós", "ich", "wir", "io", "noi", "ben", "biz", "ja",
            "my", "ik", "wij", "ill", "ive", "im", "weve", "id");

    /**
     * The speakers' words that are other words in other languages, by the one language they are "I" or "we" in:
     * Polish "my" (we) is English "my", French "on" (we) English "on", Polish "ja" (I) German "ja" (yes), Turkish "ben"
     * (I) the name Ben, English "im" (I'm) German "im" (in the), English "i" Italian's plural "the" ("I timestamp sono
     * nella descrizione") and Polish "and". "Check out my Instagram" is no one telling what he did.
     */
    private static final Map<String, String> SPEAKER_ONLY_IN = Map.of("my", "pl", "on", "fr", "ja", "pl", "ben", "tr",
            "im", "en", "i", "en");

    private CallerWords() {
    }

    /** Whether a row of {@code caller-words.tsv} is of what a caller says he wants, not a phone, a door or a number. */
    private static boolean saysWhatHeWants(String[] row) {
        return !PHONE.equals(row[0]) && !PERSONAL.equals(row[0]) && !DOOR.equals(row[0]) && !NUMBER.equals(row[0]);
    }

    /** Ordinary words a sentence goes on in before it is someone speaking, not a credit's name or an ending. */
    private static final int OWN_WORDS = 3;
    /** Past an ending's last idea, fewer are enough: endings end on their ideas. */
    private static final int OWN_WORDS_PAST = 2;
    /** Shorter lower-case words are the little words phrases are joined with ("by", "от", "des", "para"). */
    private static final int OWN_WORD_LETTERS = 4;

    /**
     * Whether the transcript goes on in ordinary words of its own: {@value #OWN_WORDS} or more words of
     * {@value #OWN_WORD_LETTERS} letters or more written in lower case that are not {@code phraseWord}s. A credit
     * goes on in a name ("Субтитры подготовил Иван Петров", "Subtitles by John Doe"), an ending in its own words;
     * "Субтитры к сериалу были сделаны очень плохо" and "Thanks for your attention to these little details" are
     * someone speaking about subtitles and thanks. Hebrew and Arabic have no case, so this tells nothing there.
     */
    static boolean speaksOn(TranscriptFeatures t, Predicate<String> phraseWord) {
        return ownWords(t, phraseWord, 0, OWN_WORDS) >= OWN_WORDS;
    }

    /**
     * Whether the words after the ending's last ({@code from} on) go on in {@value #OWN_WORDS_PAST} ordinary words
     * or more: an ending ends on its ideas ("…for watching, guys"), a thanks for something else names it ("Спасибо
     * за внимание к моей просьбе", "Thanks for watching my little daughter").
     */
    static boolean goesOnPast(TranscriptFeatures t, Predicate<String> phraseWord, int from) {
        return ownWords(t, phraseWord, from, OWN_WORDS_PAST) >= OWN_WORDS_PAST;
    }

    /**
     * Whether the words after the ending's last idea ({@code from} on) go on in {@value #OWN_WORDS_PAST} ordinary words
     * or more before they turn to the audience ({@code toTheAudience}): what a channel or a thanks is of is said at
     * once ("Подписывайтесь на канал поставки оборудования", "Спасибо за внимание к деталям в проекте"); an ending goes
     * on to whom it speaks ("Partagez la vidéo autour de vous, ça aide beaucoup", "Share this video with the people
     * around you") or to the audience's purpose ("Сохраните видео, чтобы не потерять").
     */
    static boolean goesOnBeforeTheAudience(TranscriptFeatures t, Predicate<String> phraseWord,
            Predicate<String> toTheAudience, int from) {
        List<String> words = t.words();
        int to = from;
        // "…, чтобы не потерять": the audience's purpose is the audience's ({@link AudiencesPurpose})
        while (to < words.size() && !toTheAudience.test(words.get(to)) && !AudiencesPurpose.opensAt(words, to)) {
            to++;
        }
        return ownWords(t, phraseWord, from, to, OWN_WORDS_PAST) >= OWN_WORDS_PAST;
    }

    /** Own words past a heading in a script without case, where a name cannot be told from them by its capital. */
    private static final int OWN_UNCASED_WORDS_PAST = 3;

    /**
     * Whether the words after a heading ({@code from} on) go on in {@value #OWN_UNCASED_WORDS_PAST} ordinary words or
     * more of a script without case (Hebrew, Arabic): "דיווח התנועה אומר שאיילון חסום, אני אאחר" is a caller's, whose
     * words {@link #goesOnPast} cannot tell from a name by their case; a heading's place or sign is a word or two
     * ("תחזית מזג האוויר לגליל").
     */
    static boolean goesOnPastUncased(TranscriptFeatures t, Predicate<String> phraseWord, int from) {
        List<String> words = t.words();
        int own = 0;
        for (int i = from; i < words.size() && own < OWN_UNCASED_WORDS_PAST; i++) {
            String word = words.get(i);
            if (word.length() >= OWN_WORD_LETTERS && !phraseWord.test(word)
                    && Character.toLowerCase(word.codePointAt(0)) == Character.toUpperCase(word.codePointAt(0))
                    && Character.isLetter(word.codePointAt(0))) {
                own++;
            }
        }
        return own >= OWN_UNCASED_WORDS_PAST;
    }

    private static int ownWords(TranscriptFeatures t, Predicate<String> phraseWord, int from, int enough) {
        return ownWords(t, phraseWord, from, t.words().size(), enough);
    }

    private static int ownWords(TranscriptFeatures t, Predicate<String> phraseWord, int from, int to, int enough) {
        List<String> words = t.words();
        int own = 0;
        for (int i = from; i < to && own < enough; i++) {
            String word = words.get(i);
            if (word.length() >= OWN_WORD_LETTERS && t.writtenInLowerCase(i) && !phraseWord.test(word)) {
                own++;
            }
        }
        return own;
    }

    /**
     * Whether the word is "I" or "we" ("we subtitled the video", "אני תרגמתי") in a transcript in {@code language} (its
     * code, or null when none is known): a word {@link #SPEAKER_ONLY_IN} one language is a speaker only there.
     */
    static boolean isSpeaker(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        String only = SPEAKER_ONLY_IN.get(lower);
        return SPEAKERS.contains(lower) && (only == null || only.equals(language));
    }

    /** The {@link #SPEAKERS} that say "I" alone, English's "I'll", "I'm", "I've", "I'd" among them. */
    private static final Set<String> SINGULAR_SPEAKERS = Set.of("i", "אני", "انا", "я", "je", "yo", "eu", "ich", "io",
            "ben", "ja", "ik", "ill", "ive", "im", "id");

    /**
     * Whether a speaker says "I" in the words: a caller tells what he will do ("I'll think about it", "אני אחשוב על
     * זה"); a presenter's lesson, break or guest is told as "we" or to "you".
     */
    static boolean singularSpeakerIn(List<String> words, String language) {
        return words.stream().anyMatch(w -> SINGULAR_SPEAKERS.contains(w.toLowerCase(Locale.ROOT))
                && isSpeaker(w, language));
    }

    /** Whether any of the words is "I" or "we" in a transcript in {@code language} ({@link #isSpeaker}). */
    static boolean speakerIn(List<String> words, String language) {
        return words.stream().anyMatch(word -> isSpeaker(word, language));
    }

    /** Whether any of the words names the phone or a personal number ("my phone is…", "ስልኬ", "My ID is…"). */
    static boolean phoneIn(List<String> words) {
        return PHONES.anyIn(words);
    }

    /** Whether any of the words names the flat's door or keys ("заходите, дверь открыта"). */
    static boolean doorIn(List<String> words) {
        return DOORS.anyIn(words);
    }

    /** Whether any of the words is about the property or asks for something. */
    static boolean anyIn(List<String> words) {
        return WORDS.anyIn(words) || WORDS.anyIn(unelided(words)) || NUMBERS.anyIn(words) && aNumberNotOfAPart(words);
    }

    /**
     * Whether the transcript asks a question or its words name a day or an hour: what a caller arranges, and none of
     * the shapes read apart from an ending's ideas (a sign-off, a link placed on the screen, a guide's orders) holds.
     */
    static boolean asksOrArranges(String text, List<String> words) {
        return TranscriptFeatures.asksAQuestion(text) || MeetingDays.anyIn(words) || MeetingDays.hourIn(words);
    }

    /** As {@link #asksOrArranges}, or the text holds a number: a price, a phone, an hour written in digits. */
    static boolean asksArrangesOrCounts(String text, List<String> words) {
        return asksOrCounts(text) || MeetingDays.anyIn(words) || MeetingDays.hourIn(words);
    }

    /**
     * Whether the text asks a question or holds a number in digits: what a caller says whatever day the shape itself
     * names (a crowd's schedule, a series' slot, a stream's hour).
     */
    static boolean asksOrCounts(String text) {
        return TranscriptFeatures.asksAQuestion(text) || text.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether any of the words names what a call is about (the flat, its price, its tour), whatever else they ask: an
     * audience told to message the presenter is asked to send as a caller asks, and only the flat tells them apart.
     */
    static boolean topicIn(List<String> words) {
        return TOPICS.anyIn(words) || TOPICS.anyIn(unelided(words));
    }

    /**
     * Whether the words say more of a caller's than what a call is about: what he asks for (send me, call me back),
     * what he saw or received, a number. An estate agents' channel's video is about the flat, its tour and its mortgage
     * too ("If you enjoyed this apartment tour, subscribe"), and only these tell a caller from it.
     */
    static boolean asksOrSawIn(List<String> words) {
        return ASKS_AND_SAW.anyIn(words) || ASKS_AND_SAW.anyIn(unelided(words))
                || NUMBERS.anyIn(words) && aNumberNotOfAPart(words);
    }

    /** Whether a number is named other than right after a part's name ("send me the number", not "episode number"). */
    private static boolean aNumberNotOfAPart(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (NUMBERS.anyIn(List.of(words.get(i))) && !(i > 0 && EndingWords.namesAPart(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The articles and prepositions French and Italian elide before a noun that opens with a vowel, joining them with
     * an apostrophe that words are read without ("l'appartement" is read "lappartement", "all'agenzia" "allagenzia"),
     * longest first. Pronouns elided before verbs (j', m', t') are not here: a caller's words are nouns.
     */
    private static final List<String> ELIDED = List.of("quest", "quell", "dell", "dall", "nell", "sull", "coll", "all",
            "un", "l", "d");
    private static final String VOWELS = "aeiouhàâéèêîôûœáíóú";

    /** The words that open with an elided article ({@link #ELIDED}) and a vowel, without it. */
    private static List<String> unelided(List<String> words) {
        List<String> nouns = new ArrayList<>();
        for (String word : words) {
            for (String elided : ELIDED) {
                if (word.length() > elided.length() + StemSet.MIN_STEM && word.startsWith(elided)
                        && VOWELS.indexOf(word.charAt(elided.length())) >= 0) {
                    nouns.add(word.substring(elided.length()));
                    break;
                }
            }
        }
        return nouns;
    }
}
