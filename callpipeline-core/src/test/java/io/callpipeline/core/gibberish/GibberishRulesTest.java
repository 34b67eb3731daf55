package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule alone: what makes it fire and what it must let through. */
class GibberishRulesTest {

    private static TranscriptFeatures text(String text) {
        return TranscriptFeatures.of(new Transcript("he", text, List.of(), "whisper-1", null));
    }

    private static TranscriptFeatures segments(TranscriptSegment... segments) {
        StringBuilder text = new StringBuilder();
        for (TranscriptSegment s : segments) {
            text.append(s.text()).append(' ');
        }
        return TranscriptFeatures.of(new Transcript("he", text.toString(), List.of(segments), "whisper-1", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "...", "?!", "— –", "♪"})
    void blankFiresOnTextWithoutLettersOrDigits(String text) {
        assertThat(new BlankRule().check(text(text))).hasValueSatisfying(v -> assertThat(v.reasonCode()).isEqualTo("empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"כן", "5", "a@b.co"})
    void blankLetsAnythingWithContentThrough(String text) {
        assertThat(new BlankRule().check(text(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"אה, true", "מ., true", "ok, true", "כן., true", "לא, true", "כן כן, false", "054, false", "הלו?, false"})
    void tooShortCountsLettersAndDigits(String text, boolean fires) {
        assertThat(new TooShortRule(3).check(text(text)).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "תודה רבה.|true",
        "תודה שצפיתם!|true",
        "הכתוביות נעשו על ידי קהילת אמארה|true",
        "Subtitles by the Amara.org community|true",
        "תודה רבה לכם ותודה שצפיתם|true",
        "שלום לכולם|true",
        "כן, תחזרו אליי בבקשה. תודה רבה|false",
        "תודה על הכול, נדבר מחר בבוקר על החוזה|false",
        "שלום, אני מחפש דירה. תודה|false",
    })
    void hallucinationPhraseFiresWhenPhrasesAreNearlyEverything(String text, boolean fires) {
        HallucinationPhraseRule rule = new HallucinationPhraseRule(HallucinationPhrases.builtIn(), 0.8);
        assertThat(rule.check(text(text)).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "השידור חוזר מחר|false",
        "השידור חוזר מחר בשמונה|true",
    })
    void hostPhrasesExtendTheList(String text, boolean fires) {
        HallucinationPhraseRule rule = new HallucinationPhraseRule(
                new HallucinationPhrases(List.of("השידור חוזר מחר בשמונה")), 0.8);
        assertThat(rule.check(text(text)).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "אני אני אני אני אני|true",
        "הלו הלו הלו הלו|true",
        "אני לא יודע. אני לא יודע. אני לא יודע. אני לא יודע.|true",
        "אאאאאאאא|true",
        "כן כן כן, אני פה, מה שלומך?|false",
        "אני מחפש דירה, אני צריך שלושה חדרים, אני גר בחיפה|false",
    })
    void repetitionFiresOnLoops(String text, boolean fires) {
        assertThat(new RepetitionRule(0.6, 2.4).check(text(text)).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource({"0.95, -1.5, 1.0, true", "0.95, -0.4, 1.0, false", "0.1, -1.5, 1.0, false", "0.1, -0.2, 3.0, true"})
    void lowConfidenceFiresWhenWhispersDoubtHoldsMostWords(double noSpeech, double logprob, double ratio, boolean fires) {
        LowConfidenceRule rule = new LowConfidenceRule(SegmentConfidence.WHISPER, 0.5);
        TranscriptFeatures t = segments(new TranscriptSegment(0, 30, "ואז הוא הלך הביתה", logprob, noSpeech, ratio));
        assertThat(rule.check(t).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "1, false"})
    void lowConfidenceWeighsWordsNotSeconds(int realSegments, boolean fires) {
        LowConfidenceRule rule = new LowConfidenceRule(SegmentConfidence.WHISPER, 0.5);
        TranscriptSegment real = new TranscriptSegment(0, 5, "שלום, אני מתקשר לגבי הדירה ברחוב הרצל", -0.2, 0.01, 1.1);
        TranscriptSegment silence = new TranscriptSegment(5, 60, "ביי", -1.5, 0.95, 1.0);
        TranscriptFeatures t = realSegments == 1 ? segments(real, silence) : segments(silence);
        assertThat(rule.check(t).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "asdf jkl qwerty|true",
        "Продолжение следует...|true",
        "ترجمة نانسي قنقر|true",
        "♪ ♪ ♪ אה|true",
        "my email is dana@gmail.com, תחזרו אליי|false",
        "יש לי iPhone ואני שולח לך בוואטסאפ|false",
        "הדירה עולה 2,500,000 ₪ כולל חניה|false",
        "ראיתי ב-Yad2 את הפנטהאוז|false",
    })
    void foreignScriptFiresWhenMostIsNotHebrewOrKnownEnglish(String text, boolean fires) {
        assertThat(new ForeignScriptRule(Set.of(), 0.5).check(text(text)).isPresent()).isEqualTo(fires);
    }

    /**
     * A Hebrew call that switches to English for a word or two the known list lacks ("contract", "questions") is the
     * caller's, though English has most of its letters; a keyboard run beside Hebrew words is not a language.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi, קיבלתי את ה-contract, יש לי questions|false",
        "יש לי questions about the mortgage|false",
        "תשלח לי את ה-paperwork and the receipts|false",
        "ה-inspection report מוכן, thanks|false",
        "qwertyuiop asdfghjkl שלום לכם|true",
        "zxcvbnm sdfghj ביי ביי|true",
    })
    void aHebrewCallSwitchingToAnEnglishWordOrTwoIsNotForeign(String text, boolean fires) {
        assertThat(new ForeignScriptRule(Set.of(), 0.5).check(text(text)).isPresent()).as(text).isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ProTech Mobility קיבלה את ההזמנה|false",
        "protech mobility|false",
    })
    void hostLatinWordsAreAccepted(String text, boolean fires) {
        assertThat(new ForeignScriptRule(Set.of("ProTech", "Mobility"), 0.5).check(text(text)).isPresent())
                .isEqualTo(fires);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "שדגכע גכעיח ךלחיע|true",
        "יקךךם צט משצק|true",
        "קדגקדגד חכלחכל|true",
        "אני מחפש דירת ארבעה חדרים בפתח תקווה|false",
        "פנטהאוז דופלקס וואטסאפ|false",
        "אבוטבול מבית שמש|false",
    })
    void nonWordFiresOnLettersThatMakeNoHebrewWords(String text, boolean fires) {
        NonWordRule rule = new NonWordRule(HebrewCharModel.shipped(), -1.65, 0.5);
        assertThat(rule.check(text(text)).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ךלחיע", "טםו", "שמ", "בגדכזחט"})
    void implausibleWords(String word) {
        assertThat(new NonWordRule(HebrewCharModel.shipped(), -1.65, 0.5).isImplausible(word)).isTrue();
    }
}
