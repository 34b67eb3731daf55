package io.callpipeline.core.gibberish;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a video's ending is made of, by idea, from {@code video-endings.tsv}, and the other forms those words
 * take in speech (a Hebrew order in the future tense, an Arabic noun bare or before a suffix, a Russian order to one
 * listener), indexed so that a word's stems are found in a few dozen lookups. Kept apart from {@link VideoOutroRule},
 * which decides what combinations of ideas make an ending, so that the list and its forms can be read on their own.
 */
final class EndingWords {

    /** The ideas a video's ending is made of. */
    enum Idea {
        THANKS, WATCH, VIDEO, NEXT, ENGAGE, REMIND, CREDIT, SUBTITLES, SOURCE, WELCOME, AUDIENCE, TELL, FOLLOWING, END, HOPE,
        ENJOY, FILM, MORE, OPINION,
        /** "That was", "זה היה": a video said to have been ("That was episode three"), read only before a video. */
        WAS,
        /** "We'll talk about", "נדבר על": the next episode's subject, read only beside the next episode. */
        SUBJECT,
        /** An episode or a series, which "that was" may name ("That was episode three"); a video's word too. */
        EPISODE,
        /** The previous one: a video only beside an order to watch it ("Check out my previous video"). */
        PREVIOUS,
        /**
         * A programme other than a video, a news bulletin, which ends as a film does ("Конец выпуска новостей"), is
         * said to have been ("Those were the headlines", with nothing between but an article, a name or a headline's
         * adjective: "That was great news" is a caller's) or is the next one ("המבזק הבא").
         */
        PROGRAMME,
        /**
         * A lesson, a lecture or a show, which ends as a film does ("Fin de la clase", "that wraps up today's show") or
         * is the next one ("In the next lecture…"), but is no programme that was ("That was a lesson for me" is a
         * caller's).
         */
        SESSION,
        /** A breath in and a breath out: a guided breathing's words, which end nothing but together. */
        INHALE,
        EXHALE,
        /**
         * A guide's order to let go ("close your eyes", "let your body sink into the bed", "תעצמו עיניים", "расслабьте
         * тело"): a sleep meditation's, which ends one only as a second order or beside a breath.
         */
        RELAX,
        /**
         * A broadcast's note of where it was recorded ("was recorded", "הוקלטה", "была записана"): its own line
         * beside the video, the episode, the lecture or the programme it is said of.
         */
        RECORDED,
        /**
         * A broadcast's own line, whole in itself: a station's ident ("you are listening to…", "האזנתם ל…"), a
         * handover to the studio, a series' recap in the plural ("В предыдущих сериях"), an order to put on
         * headphones, a talk's questions from the audience.
         */
        CATCHPHRASE,
        /**
         * A reporter's handover back to the studio ("back to you in the studio", "نعود إلى الاستوديو", "À vous les
         * studios"): a broadcast's own line as its last words only ({@link Broadcasts#handsOverLast}), since a caller
         * goes back to a studio flat.
         */
        HANDOVER,
        /**
         * A programme's heading: a horoscope, a weather forecast, a series' recap ("Previously on…"), whole in itself
         * unless it goes on in its own words ("Previously on the phone you said five thousand").
         */
        HEADING,
        /** Soon, and the cinemas, side by side: a trailer's ("Coming soon to cinemas", "Скоро в кинотеатрах"). */
        SOON,
        CINEMA,
        /** A goal, and a score said as a match's is, side by side ("Goal! Two nil!", "גול! שתיים אפס"). */
        GOAL,
        SCORE,
        /**
         * A match's end called ("Full time", "סיום המשחק", "Матч окончен", "انتهت المباراة") and its result (who won,
         * the points): a commentator's last words together, or the end beside the score; a caller says the match
         * ended, and goes on to his own business.
         */
        FULLTIME,
        RESULT,
        /**
         * A headline's adjective ("main", "главные", "עיקרי", "أبرز"), read only between "that was" and the news it
         * names ("Those were the main headlines"), where a caller's word says what he thought of it ("great news").
         */
        HEADLINE,
        /** "You've been a…" and a crowd: a performer thanks his audience ("You've been a great crowd"), together. */
        YOUWERE,
        CROWD,
        /** A coach's push ("don't give up", "אל תוותרו") and a workout's count ("more seconds"): together. */
        EFFORT,
        REPS,
        /**
         * What a broadcast says it is not ("for educational purposes only", "אינו מהווה ייעוץ", "носит ознакомительный
         * характер"): a disclaimer, which ends one only beside the video or the channel it names.
         */
        DISCLAIMER
    }

    /** One idea's stem, and whether it is found anywhere in a word or only at its start. */
    record Stem(Idea idea, String text, boolean anywhere) {
    }

    /** A Hebrew or Arabic stem shorter than this is looked for as a whole word only. */
    private static final int MIN_INSIDE = 3;

    /** The stems that are whole words, by their text: looked up once a word. */
    private static final Map<String, List<Stem>> WHOLE = new HashMap<>();
    /**
     * Stems of a script written without spaces that are several words there ("กดติดตาม", press follow; "别忘了", don't
     * forget): {@link EndingPhrases} reads them as phrases of those words ({@link UnspacedWords}).
     */
    private static final List<Stem> SEVERAL_WORDS = new ArrayList<>();
    private static final List<Stem> STEMS = load();
    /** The stems found at a word's start, by their text, and those found anywhere in it. */
    private static final Map<String, List<Stem>> AT_START = index(false);
    private static final Map<String, List<Stem>> ANYWHERE = index(true);
    private static final int LONGEST = STEMS.stream().mapToInt(s -> s.text().length()).max().orElse(0);
    /**
     * The first two characters of the stems in each index, and the stems of one character: a stem can begin only
     * where a word's two characters open one, so most places in a word are passed over without a lookup.
     */
    private static final Set<Integer> OPENINGS_AT_START = openings(AT_START.keySet());
    private static final Set<Integer> OPENINGS_ANYWHERE = openings(ANYWHERE.keySet());

    private EndingWords() {
    }

    /**
     * The stems a word holds (subtitle stems aside: those are looked for in the whole text), by
     * looking its starts and, for the scripts that join prefixes, its pieces up in the indexes: a
     * few dozen lookups a word instead of one comparison per stem.
     */
    static List<Stem> stemsIn(String word) {
        List<Stem> whole = WHOLE.get(word);
        List<Stem> stems = whole == null ? new ArrayList<>(0) : new ArrayList<>(whole);
        int length = word.length();
        if (length == 0) {
            return stems;
        }
        if (opens(OPENINGS_AT_START, word, 0)) {
            for (int end = 1; end <= Math.min(length, LONGEST); end++) {
                stems.addAll(AT_START.getOrDefault(word.substring(0, end), List.of()));
            }
        }
        if (!ANYWHERE.isEmpty() && anywhere(word)) {
            for (int start = 0; start < length; start++) {
                if (!opens(OPENINGS_ANYWHERE, word, start)) {
                    continue;
                }
                for (int end = start + 1; end <= Math.min(length, start + LONGEST); end++) {
                    stems.addAll(ANYWHERE.getOrDefault(word.substring(start, end), List.of()));
                }
            }
        }
        return stems;
    }

    /**
     * The opening of each stem: its two first characters, or its one with nothing after it. Kept in a hashed set of
     * buckets, not {@code Set.copyOf}'s open addressing: openings of one script differ only in their low bits, and a
     * lookup that misses (most places in most words) probed long runs of them, so that six more Hebrew stems made every
     * word's lookup 1.8 times slower.
     */
    private static Set<Integer> openings(Set<String> stems) {
        Set<Integer> openings = new HashSet<>();
        for (String stem : stems) {
            openings.add(opening(stem, 0, stem.length() > 1));
        }
        return Collections.unmodifiableSet(openings);
    }

    private static int opening(String text, int at, boolean two) {
        return text.charAt(at) << 16 | (two ? text.charAt(at + 1) : 0);
    }

    /** Whether a stem of {@code openings} may begin at {@code at} in the word: one of one character, or of two. */
    private static boolean opens(Set<Integer> openings, String word, int at) {
        return openings.contains(opening(word, at, false))
                || at + 1 < word.length() && openings.contains(opening(word, at, true));
    }

    /**
     * Whether any of the words, folded as the stems are ("تنسى"), holds an ending's stem: a sentence that holds none is
     * someone's own.
     */
    static boolean anyIn(List<String> words) {
        for (String word : words) {
            if (!stemsIn(NumberWords.key(word)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word says nothing of a speaker's own beside an ending, a card or an advertisement: an ending's word,
     * a pleasantry, or a little word ("the", "в", "של"). The rules that fire only when nothing else is said ask it of
     * each word they do not know themselves.
     */
    static boolean saysNothingOfItsOwn(String word) {
        return anyIn(List.of(word)) || Pleasantries.isOne(word)
                || word.codePointCount(0, word.length()) <= EndingScan.SMALL_WORD;
    }

    /**
     * Whether the word holds a stem of any of the ideas: its stems looked up once, where asking {@link #carries} of
     * each idea would look them up again for every one.
     */
    static boolean carriesAny(String word, Set<Idea> ideas) {
        for (Stem stem : stemsIn(NumberWords.key(word))) {
            if (ideas.contains(stem.idea())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, folded as the stems are ({@link NumberWords#key}), holds a stem of {@code idea}. */
    static boolean carries(String word, Idea idea) {
        return stemsIn(NumberWords.key(word)).stream().anyMatch(s -> s.idea() == idea);
    }

    /** What an ordinal after it counts: an episode, a chapter, a season, a lesson, a video. */
    private static final Set<Idea> PARTS = EnumSet.of(Idea.EPISODE, Idea.FILM, Idea.PROGRAMME, Idea.SESSION,
            Idea.VIDEO);

    /** Whether the word names what an ordinal after it counts ("פרק", "עונה", "שיעור": "פרק שלישי" is the third). */
    static boolean namesAPart(String word) {
        return stemsIn(NumberWords.key(word)).stream().anyMatch(s -> PARTS.contains(s.idea()));
    }

    /** The texts of one idea's stems, as looked up ("amara", "©", "subtit"). */
    static List<String> textsOf(Idea idea) {
        return STEMS.stream().filter(s -> s.idea() == idea).map(Stem::text).toList();
    }

    private static Map<String, List<Stem>> index(boolean anywhere) {
        Map<String, List<Stem>> index = new HashMap<>();
        for (Stem stem : STEMS) {
            if (stem.idea() != Idea.SUBTITLES && stem.idea() != Idea.SOURCE && stem.anywhere() == anywhere) {
                index.computeIfAbsent(stem.text(), t -> new ArrayList<>()).add(stem);
            }
        }
        return Map.copyOf(index);
    }

    /**
     * A stem is found anywhere in a word where the script joins prefixes or writes no spaces
     * (Hebrew, Arabic, Amharic, Chinese, Japanese, Korean, Thai), at the word's start elsewhere.
     */
    private static boolean anywhere(String stem) {
        UnicodeScript script = UnicodeScript.of(stem.codePointAt(0));
        return script == UnicodeScript.HEBREW || script == UnicodeScript.ARABIC || script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL
                || script == UnicodeScript.THAI || script == UnicodeScript.ETHIOPIC;
    }

    /**
     * The form a listed word also takes, which a stem found inside or at the start of a word would miss: an Amharic
     * word of four syllables or more without its last, whose vowel form the word's person and tense change; a Hebrew
     * imperative opening with ה is said in the future tense, opening with ת ("הירשמו", "תירשמו"), as speakers give
     * orders; an Arabic noun listed before a suffix, with its ta marbuta as ت ("متابعتكم"'s "متابعت"), stands bare
     * with ة ("المتابعة"), and one listed bare takes ت before a suffix ("حلقة", "حلقتنا"); a Russian
     * order to the audience in the plural ("ставьте", "подпишитесь") is said to one listener too ("ставь",
     * "подпишись").
     */
    private static String otherForm(String stem, Idea idea) {
        int last = stem.length() - 1;
        if (stem.length() < 4) {
            return null;
        }
        if (UnicodeScript.of(stem.codePointAt(0)) == UnicodeScript.ETHIOPIC) {
            return stem.substring(0, last); // "እንገናኝ", "እንገናኛለን": a verb's last syllable takes another vowel form
        }
        if (stem.charAt(0) == 'ה' && stem.charAt(last) == 'ו') {
            return "ת" + stem.substring(1);
        }
        if (stem.charAt(last) == 'ت' && stem.charAt(0) >= 0x0600 && stem.charAt(0) <= 0x06FF) {
            return stem.substring(0, last) + "ة";
        }
        if (stem.charAt(last) == 'ة') {
            return stem.substring(0, last) + "ت";
        }
        boolean order = (idea == Idea.ENGAGE || idea == Idea.TELL)
                && UnicodeScript.of(stem.codePointAt(0)) == UnicodeScript.CYRILLIC;
        // the singular ends in ь, и or й ("ставь", "напиши", "подписывайся"); a shorter one ("постав" of the
        // Ukrainian "поставте") would open other words ("поставки", supplies) and is left out
        String base = !order ? "" : stem.endsWith("тесь") ? stem.substring(0, stem.length() - 4)
                : stem.endsWith("те") ? stem.substring(0, stem.length() - 2) : "";
        if (base.length() < 3 || "ьий".indexOf(base.charAt(base.length() - 1)) < 0) {
            return null;
        }
        return stem.endsWith("тесь") ? base + (base.endsWith("й") ? "ся" : "сь") : base;
    }

    /** The stems that are several words in a script written without spaces, as listed. */
    static List<Stem> severalWords() {
        return List.copyOf(SEVERAL_WORDS);
    }

    private static List<Stem> load() {
        List<Stem> stems = new ArrayList<>();
        for (String[] columns : WordLists.rows("video-endings.tsv")) {
            Idea idea = Idea.valueOf(columns[0].toUpperCase(Locale.ROOT));
            for (String stem : WordLists.words(columns[2])) {
                String listedWhole = WordLists.wholeWord(stem); // "=ver": Spanish "to watch", whose letters open "verdad"
                if (listedWhole != null) {
                    String whole = NumberWords.key(TranscriptFeatures.normalize(listedWhole));
                    WHOLE.computeIfAbsent(whole, w -> new ArrayList<>()).add(new Stem(idea, whole, false));
                    continue;
                }
                String written = TranscriptFeatures.normalize(stem);
                if (stem.codePoints().anyMatch(UnspacedWords::isUnspaced)
                        && TranscriptFeatures.wordsOf(written).size() > 1) {
                    SEVERAL_WORDS.add(new Stem(idea, written, false));
                }
                String normal = NumberWords.key(written);
                if (normal.length() < MIN_INSIDE && StemSet.joinsPrefixes(normal)) {
                    // "ביי", read "בי": two letters are inside too many words ("להביא") to be looked for there
                    WHOLE.computeIfAbsent(normal, w -> new ArrayList<>()).add(new Stem(idea, normal, false));
                    continue;
                }
                stems.add(new Stem(idea, normal, anywhere(normal)));
                String other = otherForm(written, idea);
                if (other != null) {
                    String key = NumberWords.key(other);
                    stems.add(new Stem(idea, key, anywhere(key)));
                }
            }
        }
        return List.copyOf(stems);
    }
}
