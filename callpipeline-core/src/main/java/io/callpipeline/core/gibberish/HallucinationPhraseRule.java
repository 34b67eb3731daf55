package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The transcript is (nearly) nothing but phrases the transcriber invents over silence: "תודה רבה",
 * "תודה שצפיתם", "Subtitles by …". A real call that merely ends with "תודה רבה" has plenty of other
 * words and passes; so does one covered only through the words an open phrase lets follow it
 * ("ترجمة…", "subtitles…") when those say what a caller says (a flat, a contract, a call back:
 * "ترجمة العقد جاهزة، اتصل بي"), and so does a polite one that names a day to meet ("בוקר טוב, נתראה
 * מחר"). The phrases never spoken in a call, the host's included, always count. A few
 * words that are all thanks, wishes, greetings and goodbyes, in any combination, are such a phrase too, and so
 * are a few words that call on God, and a sound check ("Testing, one, two", "בדיקה, בדיקה").
 */
public final class HallucinationPhraseRule implements GibberishRule {

    public static final String CODE = "hallucination_phrase";

    private final HallucinationPhrases phrases;
    private final double maxCoverage;

    /**
     * @param phrases     the known phrases
     * @param maxCoverage the share of the letters phrases may cover before the whole is gibberish
     *                    (default 0.8)
     */
    public HallucinationPhraseRule(HallucinationPhrases phrases, double maxCoverage) {
        this.phrases = phrases;
        this.maxCoverage = maxCoverage;
    }

    /**
     * Pleasantries alone are short: a caller who goes on longer is saying something. Ten hold a wish with its
     * goodbye ("Hope you all have a lovely weekend, bye bye").
     */
    private static final int MAX_PLEASANTRY_WORDS = 10;
    /** Why a transcript that opens with scripture is judged a recital, as the tab shows it. */
    private static final String RECITED =
            "התמלול הוא קטע תפילה או פסוק שנקרא בשידור (כמו \"שמע ישראל\", \"The Lord is my shepherd\") ולא שיחה";

    /** A sound check is as short as pleasantries. */
    private static final int MAX_SOUND_CHECK_WORDS = 8;

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        if (onlyPleasantries(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא רק ברכות ותודות (כמו \"תודה רבה לכולם, לילה טוב\") ולא שיחה"));
        }
        if (onlySoundCheck(t.words(), t.transcript().text())) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא בדיקת מיקרופון (כמו \"בדיקה, אחת, שתיים\") ולא שיחה"));
        }
        if (Blessings.aFormula(t) || Blessings.atLength(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE,
                    "התמלול הוא רק ברכה או תפילה קצרה (כמו \"תודה לאל\", \"الحمد لله\") ולא שיחה"));
        }
        if (Blessings.recited(t)) {
            return Optional.of(GibberishVerdict.gibberish(CODE, RECITED));
        }
        if (Pleasantries.allOf(t.words()) && t.switchesScript(1)) {
            // "Ok, תודה רבה, bye", "Merci, תודה, bye bye": pleasantries in two scripts are a caller switching
            // languages, as onlyPleasantries reads them, however well a phrase covers one of them
            return Optional.empty();
        }
        if (!phrases.covers(t.words(), maxCoverage)) {
            return Optional.empty();
        }
        if (!phrases.coversExactly(t.words(), maxCoverage)
                && (CallerWords.anyIn(t.words()) || CallerWords.goesOnPast(t, phrases::knows, 0))) {
            // an open phrase's tail that is a caller's ("ترجمة العقد جاهزة، اتصل بي"), or ordinary words where a
            // credit or a channel has a name ("Субтитры к сериалу были сделаны очень плохо")
            return Optional.empty();
        }
        if (MeetingDays.anyIn(t.words()) && !phrases.neverSpokenCovers(t.words(), maxCoverage)) {
            return Optional.empty(); // a goodbye with a day is an appointment: "בוקר טוב, נתראה מחר"
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול מכיל רק ביטוי שמנוע התמלול נוטה להמציא על שקט או רעש"));
    }

    /** The words of a sound check, from {@code sound-checks.tsv}. */
    private static final Set<String> SOUND_CHECK = WordLists.lookupForms("sound-checks.tsv");
    /** A sound check counts to three or so; a caller's larger numbers are a price, a floor, a phone. */
    private static final long MAX_CHECK_NUMBER = 10;

    /**
     * A few words, each a sound check's ({@code sound-checks.tsv}: "testing", "проверка", "בדיקה", "اختبار"), a small
     * number or a discourse word, with a check's word among them and two or more checks' words or numbers ("Testing,
     * one, two, three", "Раз, два, проверка", "בדיקה, בדיקה"), asking nothing: what is said into a microphone before
     * anyone speaks. A caller who has the flat checked says what is checked ("בדיקה של הדירה מחר").
     */
    static boolean onlySoundCheck(List<String> words, String raw) {
        if (words.isEmpty() || words.size() > MAX_SOUND_CHECK_WORDS || TranscriptFeatures.asksAQuestion(raw)) {
            return false;
        }
        int checks = 0;
        int said = 0;
        for (String word : words) {
            if (SOUND_CHECK.contains(NumberWords.key(word))) {
                checks++;
                said++;
                continue;
            }
            OptionalLong number = NumberWords.value(word);
            if (number.isPresent() && number.getAsLong() <= MAX_CHECK_NUMBER) {
                said++;
            } else if (!FillingWordsRule.isFilling(word)) {
                return false;
            }
        }
        return checks >= 1 && said >= 2;
    }

    /**
     * A few words, every one a thanks', wish's, greeting's or goodbye's ({@link Pleasantries}: "Thanks so much
     * everyone", "Всем хорошего дня", "בהצלחה לכולם", "שבת שלום"), asking nothing and naming no number (a day
     * is not among the words, but the sabbath's greeting is); one word said over and over is a loop's; in two scripts,
     * a caller's.
     */
    private static boolean onlyPleasantries(TranscriptFeatures t) {
        List<String> words = t.words();
        String raw = t.transcript().text();
        return words.size() <= MAX_PLEASANTRY_WORDS && t.digits() == 0 && !TranscriptFeatures.asksAQuestion(raw)
                && words.stream().distinct().count() > 1 && Pleasantries.allOf(words)
                && !t.switchesScript(1);
    }

}
