package io.callpipeline.core.gibberish;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a caller tells he did with the agency's video or channel in a verb that carries him ("שיתפתי את הסרטון", "Me
 * suscribí a su canal", "J'ai partagé la vidéo"), read from {@code speakers-deeds.tsv}. Languages that drop "I" say
 * it in the verb, where the rules looked for the pronoun, so a caller's "shared, thanks, bye" read as a video's share,
 * thanks and goodbye. A video orders its audience, thanks everyone who did it, or tells what its presenter put in its
 * own boxes ("J'ai partagé le lien dans la description"): no deed in the transcript's language, after a "who", or
 * beside a box (nor, as {@link EndingScan} reads it, beside the audience's watching thanked). Read here too: people or
 * someone before an order's form, whose deed a caller reports ("אנשים כתבו בתגובות…"), and the speaker's own future
 * before a comment, his intent ("I'll leave a comment on the video tonight").
 */
final class SpeakersDeeds {

    private static final String DEED = "deed";
    private static final String BOX = "box";
    private static final String OTHERS = "others";
    private static final String PROMISE = "promise";
    private static final String COMMENT = "comment";

    /** How many letters may follow a form's start: "partag" is "partagé" and "partagée", "iscritt" "iscritto". */
    private static final int MAX_ENDING = 4;

    private static final List<String[]> ROWS = WordLists.rows("speakers-deeds.tsv");
    private static final Map<String, StemSet> DEEDS = byLanguage(DEED);
    private static final Map<String, StemSet> BOXES = byLanguage(BOX);
    private static final Map<String, StemSet> SOMEONE_ELSE = byLanguage(OTHERS);
    private static final Map<String, StemSet> PROMISES = byLanguage(PROMISE);
    private static final Map<String, StemSet> COMMENTS = byLanguage(COMMENT);

    /** How far after "I'll leave" or "אכתוב" the comment may stand ("I'll leave you a quick comment"). */
    private static final int COMMENT_REACH = 4;

    /** The languages whose past forms do not carry the person: a form counts only where it opens a sentence. */
    private static final Set<String> WITHOUT_PERSON = Set.of("en", "ru", "uk");

    /** "Everyone who subscribed", "всем, кто подписался", "quelli che si sono iscritti": someone else's deed. */
    private static final Set<String> WHO = Set.of("who", "that", "кто", "которые", "який", "які", "хто", "que", "quien",
            "quienes", "quem", "che", "chi", "qui", "اللي", "الذين", "يلي", "اللى", "którzy", "kto", "care", "cei", "که",
            "όσοι", "όσους", "που");

    /** How far before a form a "who" makes it someone else's ("ceux qui se sont abonnés": two words between). */
    private static final int WHO_REACH = 3;

    private SpeakersDeeds() {
    }

    /**
     * Where the speaker tells what he did, in his language's own forms (a pair's two words both), or nothing when a
     * video's box is named in the transcript.
     */
    static BitSet toldIn(TranscriptFeatures t) {
        BitSet deeds = new BitSet();
        String language = languageOf(t.transcript().language());
        StemSet forms = DEEDS.get(language);
        if (forms == null) {
            return deeds;
        }
        List<String> words = t.words();
        for (int i = 0; i < words.size(); i++) {
            if (forms.heldAt(words, i) && !WordsBetween.anyBefore(words, i, WHO_REACH, WHO)
                    && (!WITHOUT_PERSON.contains(language) || t.writtenCapitalised(i))) {
                deeds.set(i, forms.has(words.get(i)) ? i + 1 : Math.min(i + 2, words.size()));
            }
        }
        StemSet boxes = BOXES.get(language);
        if (!deeds.isEmpty() && boxes != null && boxes.anyIn(words)) {
            deeds.clear();
        }
        return deeds;
    }

    /**
     * Whether the word at {@code i} follows people or someone in a transcript in {@code language} ("אנשים | כתבו
     * בתגובות…", "Die Leute | schreiben…"): what an order's form says there is their deed, which a caller reports.
     */
    static boolean someoneElseBefore(List<String> words, int i, String language) {
        StemSet others = SOMEONE_ELSE.get(languageOf(language));
        return others != null && i > 0 && others.heldAt(words, i - 1);
    }

    /**
     * Whether the speaker says he will leave or write a comment ("I'll leave a comment on the video tonight", "אני
     * אכתוב לכם תגובה בסרטון", "سأكتب تعليق على الفيديو"): a caller's intent, where a video's box beside a deed
     * excuses nothing else; a presenter who leaves something leaves a link, and one named makes it his.
     */
    static boolean promisesAComment(TranscriptFeatures t) {
        String language = languageOf(t.transcript().language());
        StemSet promises = PROMISES.get(language);
        StemSet comments = COMMENTS.get(language);
        List<String> words = t.words();
        if (promises == null || comments == null || LinkPlacements.namesALink(words)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (promises.heldAt(words, i)) {
                for (int j = i + 1; j < Math.min(words.size(), i + 1 + COMMENT_REACH); j++) {
                    if (comments.heldAt(words, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The language's code as the lists write it, lower case; empty where none is known. */
    private static String languageOf(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT);
    }

    private static Map<String, StemSet> byLanguage(String kind) {
        Map<String, StemSet> forms = new HashMap<>();
        for (String[] row : ROWS) {
            if (kind.equals(row[0])) {
                forms.put(row[1], StemSet.of(List.<String[]>of(row), MAX_ENDING, columns -> true));
            }
        }
        return Map.copyOf(forms);
    }
}
