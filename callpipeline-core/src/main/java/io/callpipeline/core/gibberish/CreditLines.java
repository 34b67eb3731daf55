package io.callpipeline.core.gibberish;

import io.callpipeline.core.gibberish.EndingWords.Idea;
import io.callpipeline.core.gibberish.EndingWords.Stem;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A subtitle credit line ("Субтитры подготовил Иван Петров", "Sous-titrage ST' 501", "Traducido por Carlos"), as
 * {@link VideoOutroRule} and {@link InventionsInARowRule} tell it from someone speaking of subtitles: which words open
 * a credit, where its maker's name begins, and when a sentence beside it is a caller's own. Kept apart from the
 * ending rule, which decides what combinations of ideas end a video.
 */
final class CreditLines {

    /** The words a credit opens with, and the names credits carry anywhere ("amara", "©"). */
    static final List<String> SUBTITLES = EndingWords.textsOf(Idea.SUBTITLES);
    static final List<String> SOURCES = EndingWords.textsOf(Idea.SOURCE);

    /** A credit line is shorter than an ending ({@link VideoOutroRule}'s sixteen words): ten words at most. */
    static final int MAX_CREDIT_WORDS = 10;

    private CreditLines() {
    }

    /**
     * The words a credit says "by" before, in the languages whose credits say it as a word of its own ("Sous-titrage
     * réalisé par l'équipe de la chaîne", "Legendas feitas pela equipe", "נעשו על ידי"): what follows is the maker's
     * name, however ordinary its words are.
     */
    private static final Set<String> BY = Set.of("by", "par", "por", "pelo", "pela", "von", "vom", "door", "przez",
            "da", "dalla", "dal", "ידי", "بواسطة");

    /** "And" as a word of its own, which joins a credit's two jobs; Hebrew and Arabic join theirs to the word. */
    private static final Set<String> AND = Set.of("and", "и", "і", "та", "et", "y", "e", "und", "en", "i", "ve");

    /**
     * The words after a credit's "by" ({@link #BY}) or after its label's colon ("Traduction et relecture : la
     * rédaction", "Перевод и редактура: команда проекта"): its maker's name.
     */
    static Set<String> named(List<String> words, String text) {
        int colon = text.indexOf(':');
        Set<String> named = new HashSet<>();
        if (colon >= 0) {
            named.addAll(TranscriptFeatures.wordsOf(text.substring(colon + 1)));
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (BY.contains(words.get(i))) {
                named.addAll(words.subList(i + 1, words.size()));
                break;
            }
        }
        return named;
    }

    /** Whether the word holds a subtitle's word ("sous-titrage", "субтитры"), which a credit's label may join. */
    static boolean holdsASubtitle(String word) {
        return SUBTITLES.stream().anyMatch(word::contains);
    }

    /**
     * A sentence of the caller's beside a subtitle credit: three words or more, none an ending's, not all of them
     * capitalised as a credit's name is ("50 € это будет стоить. Субтитры делал DimaTorzok", a caller's price with
     * the credit Whisper glued to its end, as a Russian call log reports it): the call is speech with an invented
     * tail, whose segment is hidden, not an invention.
     */
    static boolean speaksBesideTheCredit(String raw) {
        for (String sentence : VideoOutroRule.SENTENCES.split(raw)) {
            List<String> words = TranscriptFeatures.wordsOf(sentence);
            if (words.size() >= VideoOutroRule.MIN_OWN_SENTENCE_WORDS
                    && !EndingWords.anyIn(words)
                    && !allCapitalised(sentence)
                    && !creditWordIn(TranscriptFeatures.normalize(sentence))) {
                return true;
            }
        }
        return false;
    }

    /** A credit's label is a word or two ("Timing", "Synced by"), its name a few ("Anna Bell", "the subtitle team"). */
    private static final int MAX_LABEL_WORDS = 2;
    private static final int MAX_LABELLED_NAME_WORDS = 3;

    /**
     * Whether a piece is a role and a name as a credit writes them, "Role: Name" ("הגהה: דנה כהן", "Timing: Anna Bell")
     * or "Role by Name" ({@link #labelledBy}), whatever the role: credits name more jobs than any list (proofreading,
     * timing, quality control), and among other credits such a piece is one more ({@link InventionsInARowRule}). Alone,
     * or beside a caller's own sentence, it is anything a caller dictates ("Rent: five thousand").
     */
    static boolean labelsAName(String piece) {
        int colon = piece.indexOf(':');
        if (colon <= 0 || piece.indexOf(':', colon + 1) >= 0) {
            return labelledBy(piece);
        }
        int label = TranscriptFeatures.wordsOf(piece.substring(0, colon)).size();
        int name = TranscriptFeatures.wordsOf(piece.substring(colon + 1)).size();
        return label >= 1 && label <= MAX_LABEL_WORDS && name >= 1 && name <= MAX_LABELLED_NAME_WORDS;
    }

    /**
     * Whether a piece is "Role by Name" ("Review by Anna Schmidt", "Quality check by Tom Green"): a capitalised role of
     * a word or two, "by" ({@link #BY}), and a name of a few words each capitalised, no day among them ("Payment by
     * Friday" is a caller's).
     */
    private static boolean labelledBy(String piece) {
        String[] tokens = piece.strip().split("\\s+");
        for (int by = 1; by <= MAX_LABEL_WORDS && by < tokens.length; by++) {
            if (BY.contains(tokens[by].toLowerCase(Locale.ROOT))) {
                String name = String.join(" ", Arrays.asList(tokens).subList(by + 1, tokens.length));
                int nameWords = tokens.length - by - 1;
                return Character.isUpperCase(tokens[0].codePointAt(0)) && nameWords >= 1
                        && nameWords <= MAX_LABELLED_NAME_WORDS && allCapitalised(name)
                        && !MeetingDays.anyIn(TranscriptFeatures.wordsOf(name));
            }
        }
        return false;
    }

    /** Whether a subtitle word or a credit's source is in the normalised text ("자막 제공 및 자막 편집"). */
    private static boolean creditWordIn(String text) {
        return SUBTITLES.stream().anyMatch(text::contains) || SOURCES.stream().anyMatch(text::contains);
    }

    /** Whether every word of the raw sentence that opens with a letter opens with a capital ("Jean Pierre Dupont"). */
    static boolean allCapitalised(String sentence) {
        for (String token : sentence.strip().split("\\s+")) {
            if (!token.isEmpty() && Character.isLetter(token.codePointAt(0))
                    && !Character.isUpperCase(token.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A credit word that ends a transcript it did not open: a credit names its author after its label ("Traducido
     * por Carlos"), a sentence that ends on one speaks about something ("…estaban muy mal traducidos"), so the word
     * is not taken for the phrase's own when telling speech from a credit. A last word with no stem at all is a
     * phrase's ("…, gleich geht's weiter"), not a credit's.
     */
    static boolean endsOnACreditWord(List<Stem> stems, int index, int size) {
        return index >= 2 && index == size - 1 && !stems.isEmpty()
                && stems.stream().allMatch(s -> s.idea() == Idea.CREDIT);
    }

    /**
     * Whether a sentence opens as a credit does ("Перевод: …", "Субтитры подготовлены …"), whatever follows: among
     * other credits it is one, where alone it may be someone speaking of the subtitles ({@link InventionsInARowRule}).
     */
    static boolean opensAsACredit(String sentence, String language) {
        return subtitlesOpenASentence(sentence) || opensWithCredit(TranscriptFeatures.wordsOf(sentence), language);
    }

    /**
     * A credit's word among its first two ("Subtitles by…", "تمت الترجمة بواسطة…": "the translation was
     * done by…"). A caller's sentence may open so too ("Translation of the contract is ready, call me
     * back"): it is excused as a caller's goodbye is. A credit that names its broadcast first ("This episode was
     * produced by…") is {@link #afterItsBroadcast}'s.
     */
    static boolean opensWithCredit(List<String> words, String language) {
        if (!words.isEmpty() && CallerWords.isSpeaker(words.get(0), language)) {
            return false; // "we subtitled the video", "אני תרגמתי": the speaker did it, no credit names him
        }
        // "Перевёл и озвучил Дмитрий", "Written and narrated by…": two jobs joined by "and", the second a credit's
        int opening = words.size() > 2 && AND.contains(words.get(1)) ? 3 : 2;
        for (String word : words.subList(0, Math.min(opening, words.size()))) {
            if (EndingWords.carries(word, Idea.CREDIT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short transcript opens as a credit line of {@value #MAX_CREDIT_WORDS} words at most: a credit's word
     * first ({@link #opensWithCredit}), or, where a broadcast's word was found ({@code broadcastNamed}), a credit's
     * job after the broadcast it names ("This episode was produced by…", {@link #afterItsBroadcast}), whose words are
     * no part of its length.
     */
    static boolean opensACreditLine(List<String> words, String language, boolean broadcastNamed) {
        int job = broadcastNamed ? afterItsBroadcast(words) : 0;
        return words.size() - job <= MAX_CREDIT_WORDS
                && (job > 0 && !CallerWords.isSpeaker(words.get(0), language) || opensWithCredit(words, language));
    }

    /** The words that name a broadcast a production credit may name before its job. */
    private static final Set<Idea> BROADCASTS = EnumSet.of(Idea.VIDEO, Idea.EPISODE, Idea.PROGRAMME, Idea.SESSION);

    /** "This" or "the" before the broadcast ("This episode…", "Cet épisode…"); Hebrew and Arabic write it on. */
    private static final Set<String> THIS = Set.of("this", "the", "our", "этот", "наш", "este", "cet", "ce", "cette",
            "questo", "dieses", "diese", "diesen", "esta", "esse", "essa");

    /** "Was" and the like between the broadcast and its job ("was", "a été", "è stato", "wurde", "fue"). */
    private static final Set<String> WAS = Set.of("was", "is", "has", "been", "fue", "ha", "sido", "a", "été", "è",
            "stato", "stata", "wurde", "worden", "foi");

    /** How far into the transcript the job may stand after the broadcast and its "was" ("This episode has been…"). */
    private static final int JOB_WITHIN = 5;

    /**
     * The jobs a production credit says were done, after the broadcast it names ("produced", "הופק", "подготовила",
     * "réalisé"): a credit's nouns ({@code credit} in {@code video-endings.tsv}) open one on their own, these verbs
     * only after the broadcast, since a caller's contract was prepared and his flat made over.
     */
    private static final Set<String> MADE = Set.of("produced", "edited", "made", "created", "recorded", "hosted",
            "mixed", "הופק", "הופקה", "נערך", "נערכה", "הוקלט", "הוקלטה", "подготовил", "подготовила",
            "подготовили", "подготовлен", "подготовлена", "producido", "producida", "editado", "realizado", "réalisé",
            "réalisée", "produit", "produite", "prodotto", "prodotta", "realizzato", "produziert", "produzido");

    /**
     * Where a production credit's job stands after the broadcast it names ("This episode was | produced by Sarah
     * Cohen", "הפודקאסט | הופק על ידי…", "Выпуск | подготовили: …"), or 0 where the transcript opens otherwise. The
     * broadcast's words and its "was" are no part of the credit's length.
     */
    static int afterItsBroadcast(List<String> words) {
        int i = !words.isEmpty() && THIS.contains(words.get(0)) ? 1 : 0;
        if (i + 1 >= words.size() || !namesABroadcast(words.get(i))) {
            return 0; // most transcripts: no broadcast named first
        }
        i++;
        while (i < Math.min(words.size(), JOB_WITHIN) && WAS.contains(words.get(i))) {
            i++;
        }
        return i < words.size() && (MADE.contains(words.get(i)) || EndingWords.carries(words.get(i), Idea.CREDIT)) ? i
                : 0;
    }

    private static boolean namesABroadcast(String word) {
        return EndingWords.carriesAny(word, BROADCASTS);
    }

    /**
     * Whether a sentence's first word is its subtitles ("Sous-titrage ST' 501", "Untertitel im Auftrag des ZDF",
     * "הכתוביות נעשו על ידי…"): a credit names its subtitles first, a speaker who made some says so later ("On a
     * sous-titré la vidéo", "we subtitled the video").
     */
    static boolean subtitlesOpenASentence(String text) {
        for (String sentence : VideoOutroRule.SENTENCES.split(text)) {
            String opening = sentence.strip().split("\\s+", 2)[0];
            if (SUBTITLES.stream().anyMatch(opening::contains)) {
                return true;
            }
        }
        return false;
    }

    /** How many of a crew's jobs a thanks names to be a programme's ("production", "camera", "editors"). */
    private static final int CREW_JOBS = 2;

    /**
     * Whether a thanks goes to a crew's jobs, two or more ("תודה לצוות ההפקה, לצלמים", "Спасибо съёмочной группе,
     * операторам и монтажёрам"): a programme thanks its crew; a caller thanks one photographer for the flat's photos.
     */
    static boolean crewThanked(List<String> words, Map<Idea, Set<String>> found) {
        if (!found.containsKey(Idea.THANKS) || !found.containsKey(Idea.CREDIT)) {
            return false;
        }
        int jobs = 0;
        for (String word : words) {
            jobs += EndingWords.carries(word, Idea.CREDIT) ? 1 : 0;
        }
        return jobs >= CREW_JOBS;
    }
}
