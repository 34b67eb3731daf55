package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HebrewGibberishDetectorTest {

    private final GibberishDetector detector = new HebrewGibberishDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "Алло, это по поводу דירה ברחוב הרצל, можно посмотреть завтра? תודה",
        "Да, מחפשים דירה в Ашдоде, три комнаты, תחזרו",
        "مرحبا، بخصوص الדירה في حيفا، ממ\"ד في؟ رجعلي تلفون",
    })
    void aCallSwitchingBetweenHebrewAndRussianOrArabicIsSpeech(String text) {
        // as the pipeline hands it over: with the language its text shows (Hebrew, for enough Hebrew letters)
        Transcript call = new Transcript("he", text, List.of(), "whisper-1", null)
                .inLanguage(new io.callpipeline.core.language.ScriptAwareLanguageIdentifier().identify(text).code());

        assertThat(detector.check(call).gibberish()).as(text).isFalse();
    }

    private static Transcript transcript(String text) {
        return new Transcript("he", text, List.of(), "whisper-1", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "כן, תחזרו אליי בבקשה. תודה רבה",
        "הלו? זה בקשר לדירה",
        "אני מחפש דירת 4 חדרים ברמת גן עד 2.5 מיליון",
        "my email is dana@gmail.com, תחזרו אליי",
        "הדירה ברחוב ז'בוטינסקי 12 עולה 1,950,000 ₪, אפשר לראות מחר?",
        "קוראים לי אורנה בן דוד, אני מרחובות. תודה רבה",
    })
    void theIssuesRealCallsPass(String text) {
        assertThat(detector.check(transcript(text))).isEqualTo(GibberishVerdict.ok());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  |empty",
        "אה|too_short",
        "תודה שצפיתם|hallucination_phrase",
        "Thanks for watching!|hallucination_phrase",
        "כן כן כן כן כן כן|repetition",
        "Продолжение следует...|hallucination_phrase",
        "Ывапр олджэ щзхъф|foreign_script",
        "שדגכע גכעיח ךלחיע|non_words",
    })
    void verdictNamesTheRuleAndExplainsInHebrew(String text, String reason) {
        GibberishVerdict verdict = detector.check(transcript(text == null ? "" : text));

        assertThat(verdict.gibberish()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(reason);
        assertThat(verdict.explanation()).containsPattern("[א-ת]{3,}");
    }

    @Test
    void realCallWithAnInventedTailKeepsItsVerdictAndMarksTheTail() {
        Transcript call = new Transcript("he", "שלום, אני מחפש דירה בחיפה. תודה רבה. תודה שצפיתם!", List.of(
                new TranscriptSegment(0, 4, "שלום, אני מחפש דירה בחיפה.", -0.2, 0.01, 1.1),
                new TranscriptSegment(4, 5.5, "תודה רבה.", -0.3, 0.05, 1.0),
                new TranscriptSegment(5.5, 25, "תודה שצפיתם!", -0.8, 0.8, 1.0)), "whisper-1", 25.0);

        GibberishVerdict verdict = detector.check(call);

        assertThat(verdict.gibberish()).isFalse();
        assertThat(verdict.hallucinatedSegments()).containsExactly(2);
    }

    @Test
    void politePhraseOverSilenceIsMarkedButSpokenThanksIsNot() {
        Transcript call = new Transcript("he", "אני רוצה לראות את הדירה. תודה רבה. תודה רבה.", List.of(
                new TranscriptSegment(0, 3, "אני רוצה לראות את הדירה.", -0.2, 0.02, 1.1),
                new TranscriptSegment(3, 4, "תודה רבה.", -0.3, 0.04, 1.0),
                new TranscriptSegment(4, 30, "תודה רבה.", -0.9, 0.85, 1.0)), "whisper-1", 30.0);

        assertThat(detector.check(call).hallucinatedSegments()).containsExactly(2);
    }

    @Test
    void anHourOfRealSpeechIsNotALoop() {
        StringBuilder hour = new StringBuilder();
        List<GibberishCorpus.Item> corpus = GibberishCorpus.load();
        for (int round = 0; round < 4; round++) {
            corpus.stream().filter(i -> !i.gibberish()).forEach(i -> hour.append(i.transcript().text()).append(' '));
        }
        assertThat(hour.length()).isGreaterThan(20_000);

        assertThat(detector.check(transcript(hour.toString()))).isEqualTo(GibberishVerdict.ok());
    }

    @Test
    void hostPhrasesAreHonoured() {
        GibberishDetector custom = new HebrewGibberishDetector(
                GibberishSettings.defaults().withExtraPhrases(List.of("המוזיקה בהמתנה של…")));

        assertThat(custom.check(transcript("המוזיקה בהמתנה של חברת הניהול")).reasonCode())
                .isEqualTo("hallucination_phrase");
        assertThat(detector.check(transcript("המוזיקה בהמתנה של חברת הניהול")).gibberish()).isFalse();
    }
}
