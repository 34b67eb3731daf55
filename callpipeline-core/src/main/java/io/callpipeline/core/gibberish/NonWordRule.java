package io.callpipeline.core.gibberish;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Hebrew letters that do not make Hebrew words: keyboard mashing ("שדגכע"), text typed in the wrong
 * keyboard layout ("יקךךם" for "hello"), random letter strings. A word is implausible when the
 * {@link HebrewCharModel} finds its letter sequence unlikely, when it uses a final letter form
 * (ך ם ן ף ץ) inside the word or ends with the non-final form (כ מ נ צ; פ is left out for loanwords
 * such as וואטסאפ), or when it is long and has no vowel letter (א ה ו י); but never a word every caller says
 * ({@code hebrew-everyday-words.tsv}: the model, built from Wikipedia, scores "מחפש", "תגיד", "עכשיו" as unlikely).
 */
public final class NonWordRule implements GibberishRule {

    public static final String CODE = "non_words";

    private static final String FINAL_FORMS = "ךםןףץ";
    private static final String NON_FINAL_AT_END = "כמנצ";
    private static final String VOWEL_LETTERS = "אהוי";

    private final HebrewCharModel model;
    private final double minLogProbability;
    private final double maxImplausibleShare;

    /**
     * @param model               the Hebrew letter model
     * @param minLogProbability   a word's mean log10 letter probability below which it is implausible
     *                            (default −1.65)
     * @param maxImplausibleShare the share of Hebrew letters implausible words may hold (default 0.5)
     */
    public NonWordRule(HebrewCharModel model, double minLogProbability, double maxImplausibleShare) {
        this.model = model;
        this.minLogProbability = minLogProbability;
        this.maxImplausibleShare = maxImplausibleShare;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        int hebrew = 0;
        int implausible = 0;
        for (String word : t.words()) {
            if (!isHebrew(word)) {
                continue;
            }
            hebrew += word.length();
            if (word.length() >= 2 && isImplausible(word)) {
                implausible += word.length();
            }
        }
        if (hebrew < 4 || (double) implausible / hebrew < maxImplausibleShare) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול אינו מכיל מילים עבריות אמיתיות (רצף אותיות אקראי)"));
    }

    private static boolean isHebrew(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!TranscriptFeatures.isHebrewLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words every Hebrew caller says that the letter model scores low ({@code hebrew-everyday-words.tsv}). */
    private static final Set<String> EVERYDAY = everyday();
    /** At most this many letters Hebrew joins before an everyday word ({@link StemSet#isPrefixLetter}): "ועכשיו". */
    private static final int MAX_PREFIXES = 2;

    private static Set<String> everyday() {
        Set<String> words = new HashSet<>();
        for (String[] columns : WordLists.rows("hebrew-everyday-words.tsv")) {
            words.addAll(TranscriptFeatures.wordsOf(columns[1]));
        }
        return Set.copyOf(words);
    }

    /** Whether the word, or the word after one or two prefix letters, is one every caller says. */
    static boolean isEveryday(String word) {
        for (int start = 0; start <= MAX_PREFIXES && start < word.length() - 1; start++) {
            if (EVERYDAY.contains(word.substring(start))) {
                return true;
            }
            if (!StemSet.isPrefixLetter(word.charAt(start))) {
                return false;
            }
        }
        return false;
    }

    boolean isImplausible(String word) {
        if (isEveryday(word)) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            if (FINAL_FORMS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        if (NON_FINAL_AT_END.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return true;
        }
        if (word.length() >= 6 && word.chars().noneMatch(c -> VOWEL_LETTERS.indexOf(c) >= 0)) {
            return true;
        }
        return model.averageLogProbability(word) < minLogProbability;
    }
}
