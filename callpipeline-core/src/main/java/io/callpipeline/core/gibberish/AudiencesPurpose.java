package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order to the audience that goes on to why ("Сохраните видео, чтобы не потерять", "Guarden el video para verlo
 * luego", "Salvate il video per rivederlo"): a purpose said in an infinitive has the one told as its subject, so its
 * words are the audience's, as "you" is, not the speaker going on in his own. A caller's purpose names its own subject
 * ("чтобы жена посмотрела", "para que mi esposa lo vea") and is not read so. Infinitives are told by their endings, in
 * the languages that mark them so (Slavic, Romance), and Hebrew's by "ל" after "כדי"; English's by "so you can".
 * So are the words that say whom to share the video with ("share it with friends who are looking for a flat").
 */
final class AudiencesPurpose {

    /** The words that open a purpose, by what an infinitive after them ends in. */
    private static final Map<String, Pattern> PURPOSE_THEN_INFINITIVE = Map.of(
            "чтобы", Pattern.compile(".+(ть|ться|ти|чь)"),
            "щоб", Pattern.compile(".+(ти|тися|ть)"),
            "щоби", Pattern.compile(".+(ти|тися|ть)"),
            "para", Pattern.compile(".+(ar|er|ir|ír)((me|te|se|nos)?(lo|la|los|las|le|les)?)"),
            "pra", Pattern.compile(".+(ar|er|ir)"),
            "per", Pattern.compile(".+(are|ere|ire|(ar|er|ir)(lo|la|li|le|ci|vi|ne|si))"), // "vedere", "vederlo"
            "pour", Pattern.compile(".+(er|ir|re|oir)"),
            "כדי", Pattern.compile("ל.{2,}"),
            "so", Pattern.compile("you")); // "so you can come back to it", "so that you"

    /** What may stand between the purpose and its infinitive: a negation, an object's pronoun ("pour la revoir"). */
    private static final Set<String> BETWEEN = Set.of("не", "no", "ne", "non", "la", "le", "les", "l", "vous", "nous",
            "en", "y", "lo", "se", "לא", "that");

    /**
     * The people an audience is told to share a video with, who a clause after them describes ("friends who…", "כל מי
     * ש…", "тем, кто…", "amis qui…"), as transcripts write them (lower case, no apostrophes).
     */
    private static final Set<String> OTHERS = Set.of("friend", "friends", "anyone", "someone", "somebody", "people",
            "those", "everyone", "everybody", "חברים", "חבר", "חברה", "חברות", "מי", "מישהו", "אנשים", "أصحابكم",
            "اصحابكم", "أصدقائكم", "اصدقائكم", "أصحابك", "اصحابك", "حدا", "شخص", "друзьями", "друзьям", "друзей",
            "тем", "теми", "всем", "знакомым", "друзями", "друзям", "тим", "усім", "amis", "ceux", "quelquun",
            "personnes", "proches", "amigos", "amigas", "alguien", "personas", "alguém", "alguem", "pessoas",
            "freunden", "jemandem", "allen", "amici", "chi",
            // one friend, since the eighty-eighth held-back set ("share it with a friend who's house hunting")
            "другом", "другу", "подругой", "подруге", "другові", "подрузі", "amigo", "amiga", "ami", "amie",
            "freund", "freundin", "amico", "amica", "صديق", "صديقك", "صاحبك", "لصديق", "لصاحبك");

    /** The words a clause describing them opens with ("who", "которые", "qui"); Hebrew's "ש" is joined to its verb. */
    private static final Set<String> WHO = Set.of("who", "whos", "that", "اللي", "الي", "يلي", "الذين", "التي",
            "которые", "который", "которая", "кто", "які", "який", "хто", "qui", "que", "quienes", "quem", "die", "der",
            "che");

    /** The marks a text may close with; those that end a clause inside it are {@link Broadcasts#CLAUSES}. */
    private static final Pattern CLOSING_MARKS = Pattern.compile("[\\s.!?…؟።]+$");

    /** The prefix letters Hebrew joins to the people ("לחברים", "לכל"). */
    private static final Set<String> HEBREW_PREFIXES = Set.of("ל", "ו", "ה", "לכל");

    private AudiencesPurpose() {
    }

    /**
     * The words before the people a video's audience is told to share it with, when the text's last clause names them
     * and says who they are ("share it with friends | who are looking for a flat", "שלחו את הסרטון לכל | מי שמתכנן
     * לקנות דירה"); all of them otherwise. Those people's flat is not a caller's. A caller who goes on after them in a
     * clause of his own ("…who is looking for a flat, he'll call you") or who says "I" is not read so.
     */
    static List<String> beforeWhomToShareWith(TranscriptFeatures t) {
        List<String> words = t.words();
        if (words.stream().noneMatch(AudiencesPurpose::isOthers)) {
            return words; // most transcripts: nobody to share with is named, and nothing more is read
        }
        String text = CLOSING_MARKS.matcher(t.transcript().text()).replaceAll("");
        Matcher clause = Broadcasts.CLAUSES.matcher(text);
        int lastClause = -1;
        while (clause.find()) {
            lastClause = clause.end();
        }
        List<String> last = lastClause < 0 ? words : TranscriptFeatures.wordsOf(text.substring(lastClause));
        if (last.isEmpty() || CallerWords.speakerIn(words, t.transcript().language())) {
            return words;
        }
        int from = words.size() - last.size();
        // from the word before the clause: "с друзьями, которые…" has its comma before "who"
        for (int i = Math.max(from - 1, 1); i < words.size() - 1; i++) {
            // "my friend who is looking for a flat" is the caller's friend, whom a video's audience does not have
            if (isOthers(words.get(i)) && describes(words.get(i + 1)) && !Pleasantries.isMy(words.get(i - 1))) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /**
     * Whether the word names people a video's audience is told to share it with ("friends", "anyone", "тем"): whom an
     * ending turns to, as it turns to its audience.
     */
    static boolean isOthers(String word) {
        if (OTHERS.contains(word)) {
            return true;
        }
        for (String prefix : HEBREW_PREFIXES) {
            if (word.startsWith(prefix) && OTHERS.contains(word.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word opens a clause about them: "who", or a Hebrew verb joined to "ש" ("שמחפשים"). */
    private static boolean describes(String word) {
        return WHO.contains(word) || word.length() > 3 && word.charAt(0) == 'ש';
    }

    /**
     * The words before the audience's purpose that follows a video at once ("Guarda este video | para verlo más tarde",
     * "Save this video | so you can come back to it"), all of them when there is none: what the audience is told to do
     * it for is not a caller arranging to see or come.
     */
    static List<String> before(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (opensAt(words, i) && EndingWords.carries(words.get(i - 1), EndingWords.Idea.VIDEO)) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /** Whether a purpose in the audience's infinitive opens at word {@code i}. */
    static boolean opensAt(List<String> words, int i) {
        Pattern infinitive = PURPOSE_THEN_INFINITIVE.get(words.get(i));
        if (infinitive == null) {
            return false;
        }
        int next = i + 1;
        while (next < words.size() && next <= i + 2 && BETWEEN.contains(words.get(next))) {
            next++;
        }
        return next < words.size() && infinitive.matcher(words.get(next)).matches();
    }

    /**
     * Whether the opinion word at {@code i} is the audience's: after "your" or "you" ("ваше мнение", "your thoughts"),
     * or with Hebrew's or Arabic's "your" joined to it ("דעתכם", "رأيكم").
     */
    static boolean askedOfTheAudience(List<String> words, int i) {
        String word = words.get(i);
        return i > 0 && CallersOwnWords.addressesTheAudience(words.get(i - 1)) || word.endsWith("כם")
                || word.endsWith("كم");
    }
}
