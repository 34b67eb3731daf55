package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words thanks, wishes, greetings, goodbyes and apologies are made of, from {@code pleasantries.tsv}:
 * Whisper writes them over silence in combinations no phrase list keeps up with ("thanks so much everyone",
 * "have a great day", "בהצלחה לכולם", "Всем хорошего дня"), and a transcript made of nothing else says nothing
 * a call could be about. {@link HallucinationPhraseRule} decides when that is the whole of it.
 */
final class Pleasantries {

    private static final Set<String> WORDS = WordLists.lookupForms("pleasantries.tsv");

    private Pleasantries() {
    }

    /**
     * Whether every one of the words is a pleasantry's (a Hebrew ו or an Arabic و before it read as "and"), or a wish's
     * ({@link #wishedIn}).
     */
    static boolean allOf(List<String> words) {
        Set<String> wished = null; // read only when a word is no pleasantry
        for (String word : words) {
            if (!isOne(word)) {
                wished = wished != null ? wished : wishedIn(words);
                if (!wished.contains(word)) {
                    return false;
                }
            }
        }
        return !words.isEmpty();
    }

    /**
     * The words of the audience's wishes in the words, which no list of pleasantries holds one by one: a verb it is
     * wished to keep at ("Until next time, keep learning and keep growing": {@link KeepingAtIt}) and the care it is
     * wished on its way home or in the weather ("Drive home safe", "Одевайтесь теплее": {@link CareWishes}), and a
     * day it is wished ("feliz domingo").
     */
    static Set<String> wishedIn(List<String> words) {
        return wishedIn(words, CareWishes.in(words));
    }

    /**
     * The wishes' words ({@link #wishedIn}) where the care wishes were already found ({@code caredFor}), and a day's
     * wished ("שבת שלום", "feliz domingo": {@link DayWishes}).
     */
    static Set<String> wishedIn(List<String> words, BitSet caredFor) {
        Set<String> keptAt = KeepingAtIt.wordsIn(words);
        Set<String> cared = CareWishes.wordsAt(words, caredFor);
        Set<String> days = DayWishes.wordsIn(words);
        if (cared.isEmpty() && days.isEmpty() || keptAt.isEmpty() && days.isEmpty()) {
            return cared.isEmpty() ? keptAt : cared;
        }
        Set<String> wished = new HashSet<>(keptAt);
        wished.addAll(cared);
        wished.addAll(days);
        return wished;
    }

    /** Whether the word is a pleasantry's ("thank", "much", "всем"; "וביי" too, its "and" written onto it). */
    static boolean isOne(String word) {
        String key = NumberWords.key(word);
        return WORDS.contains(key) || startsWithAnd(key) && WORDS.contains(key.substring(1));
    }

    /** Whether the word opens with a Hebrew ו or an Arabic و that reads as "and" before another word. */
    static boolean startsWithAnd(String word) {
        return word.length() > 2 && (word.charAt(0) == 'ו' || word.charAt(0) == 'و');
    }

    /** How far a welcome's video may stand after it, and after a welcome "back" ("bienvenidos de nuevo a mi canal"). */
    private static final int WELCOME_REACH = 3;
    private static final int WELCOME_BACK_REACH = 5;

    /**
     * Whether a welcome at {@code welcome} goes on to the video at {@code video}: two words on or more ("welcome to my
     * vlog", "ברוכים הבאים לערוץ"; "Hallo Nachrichten-…" is a hello to its readers), nothing but little words,
     * pleasantries and the audience between, and further only with a "back", a new one or one more among them
     * ("welcome back to the channel", "bienvenue dans ce nouvel épisode", "welcome back to another episode"). A
     * caller's hello goes on in his own words ("مرحبا، شاهدت فيديو الشقة", "Bienvenue ! J'ai vu la vidéo"), even one
     * as short as a little word ("مرحبا، شفت الفيديو", hi, I saw the video: what he saw is no little word's).
     */
    static boolean welcomeGoesOnTo(List<String> words, int welcome, int video) {
        int reach = video - welcome;
        if (welcome >= 0 && reach >= 2 && CallerWords.asksOrSawIn(words.subList(welcome + 1, video))) {
            return false;
        }
        Predicate<String> allowed = w -> isOne(w) || CallersOwnWords.addressesTheAudience(w) || INTO.contains(w)
                || EndingWords.carries(w, EndingWords.Idea.AUDIENCE);
        // "back", a new one ("bienvenue dans ce nouvel épisode", "welcome to this new video") or one more ("welcome
        // back to another episode", "ברוכים הבאים לעוד פרק")
        Predicate<String> again = w -> AGAIN.contains(w) || ANOTHER.contains(w)
                || EndingWords.carries(w, EndingWords.Idea.FOLLOWING);
        return welcome >= 0 && reach >= 2 && (reach <= WELCOME_REACH
                && WordsBetween.onlyLittleOr(words, welcome, video, allowed.or(again), null)
                || reach <= WELCOME_BACK_REACH && WordsBetween.onlyLittleOr(words, welcome, video, allowed, again));
    }

    /**
     * One more of the series ("another episode", "לעוד פרק", "otro episodio", "ещё один выпуск", "un altro video"),
     * whole words: the {@code more} idea's stems are found inside others ("עוד" in "תעודת", a certificate).
     */
    private static final Set<String> ANOTHER = Set.of("another", "otro", "otra", "weiteren", "weitere", "weiteres",
            "ещё", "еще", "один", "одна", "autre", "altro", "altra", "outro", "outra", "آخر", "أخرى", "اخرى", "עוד",
            "לעוד");

    /** "Into", longer than a little word, which a welcome goes on with ("bienvenue dans ce nouvel épisode"). */
    private static final Set<String> INTO = Set.of("dans", "into", "nella", "nello", "dentro");

    /** "My" and "our" before what they own ("welcome back to my kitchen", "bienvenidos de nuevo a mi cocina"). */
    private static final Set<String> MY = Set.of("my", "our", "мою", "мой", "моё", "мое", "нашу", "наш", "наше",
            "мій", "моє", "mi", "nuestra", "nuestro", "ma", "mon", "notre", "meiner", "meinem", "meine",
            "meinen", "unserer", "unserem", "unsere", "mia", "mio", "nostra", "nostro", "minha", "meu", "nossa",
            "nosso");

    /** Whether the word is "my" or "our" said before what it owns ("my kitchen", "мой друг", "mon ami"). */
    static boolean isMy(String word) {
        return MY.contains(word);
    }

    /** "My" and "our" after what they own ("ברוכים השבים למטבח שלי"). */
    private static final Set<String> MY_AFTER = Set.of("שלי", "שלנו");

    /**
     * Whether the audience is welcomed to the presenter's own place ("welcome back to my kitchen", "ברוכים השבים
     * למטבח שלי", "с возвращением на мою кухню"), as it is welcomed to his channel: a welcome that goes on ({@link
     * #welcomeGoesOnTo}) to "my" or "our", or in Hebrew to the place before it. A caller welcomes his agent back from
     * a holiday, not to his own kitchen.
     */
    static boolean welcomedToTheirOwn(List<String> words) {
        for (int j = 2; j < words.size(); j++) {
            boolean before = MY.contains(words.get(j));
            if (!before && !MY_AFTER.contains(words.get(j))) {
                continue;
            }
            int owned = before ? j : j - 1;
            for (int welcome = Math.max(0, owned - WELCOME_BACK_REACH); welcome < owned; welcome++) {
                if (EndingWords.carries(words.get(welcome), EndingWords.Idea.WELCOME)
                        && welcomeGoesOnTo(words, welcome, owned)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One more said as the next of a series' ("очередной рум-тур"), a stem Russian and Ukrainian inflect. */
    private static final List<String> NEXT_OF_MANY = List.of("очередн", "чергов");

    /** The indefinite articles before "new" that make it one new one of many ("a new tour", "une nouvelle visite"). */
    private static final Set<String> INDEFINITE = Set.of("a", "un", "una", "une", "uno", "einer", "einem", "eine",
            "ein", "um", "uma");

    /**
     * Whether the audience is welcomed to another instalment of a series, whatever it is called ("welcome to another
     * apartment tour", "ברוכים הבאים לעוד סיור", "добро пожаловать на очередной рум-тур", "أهلا بكم في جولة جديدة",
     * "Bienvenue dans une nouvelle visite"): a welcome that goes on ({@link #welcomeGoesOnTo}) to one more, or to a new
     * one said as one of many ({@link NewOnes}: an indefinite article before it; in Hebrew and Arabic, "new" without
     * the article joined to it, after the word it tells of). A caller welcomes someone to the new flat he means
     * ("Welcome to the new flat", "ברוכים הבאים לדירה החדשה", "أهلا بكم في بيتكم الجديد").
     */
    static boolean welcomedToAnother(List<String> words) {
        return anotherWelcomedTo(words) >= 0;
    }

    /** Where the instalment another of which is welcomed to stands ({@link #welcomedToAnother}), or -1. */
    static int anotherWelcomedTo(List<String> words) {
        for (int j = 2; j < words.size(); j++) {
            String word = words.get(j);
            // Hebrew's and Arabic's "new" follows what it tells of and takes its article: "לסיור חדש", "لجولة جديدة"
            boolean newAfter = NewOnes.isNew(word) && NewOnes.writtenAfter(word);
            boolean one = ANOTHER.contains(word) || NEXT_OF_MANY.stream().anyMatch(word::startsWith)
                    || NewOnes.isNew(word) && INDEFINITE.contains(words.get(j - 1)) || newAfter;
            if (!one) {
                continue;
            }
            int instalment = newAfter ? j - 1 : j;
            for (int welcome = Math.max(0, instalment - WELCOME_BACK_REACH); welcome < instalment; welcome++) {
                if (EndingWords.carries(words.get(welcome), EndingWords.Idea.WELCOME)
                        && welcomeGoesOnTo(words, welcome, instalment)) {
                    return instalment;
                }
            }
        }
        return -1;
    }

    /**
     * A welcome's "back" or "again" ("welcome back to the channel", "bienvenidos de nuevo", "ברוכים השבים"), as
     * transcripts write them.
     */
    private static final Set<String> AGAIN = Set.of("back", "again", "nouveau", "retour", "nuevo", "vuelta",
            "zurück", "wieder", "снова", "обратно", "השבים", "השבות", "שוב", "مجددا", "مجدداً", "novamente", "volta",
            "nuovo");
}
