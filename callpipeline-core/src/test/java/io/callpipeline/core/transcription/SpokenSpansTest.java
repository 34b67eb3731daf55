package io.callpipeline.core.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.privacy.IsraeliPiiRedactor;
import io.callpipeline.core.privacy.PiiKind;
import io.callpipeline.core.privacy.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where in the audio a personal number was said, from the transcriber's word times: the words of
 * each finding and nothing else, whether the number was said as digits or as Hebrew digit words,
 * and the words themselves never kept past the redaction.
 */
class SpokenSpansTest {

    /** Words half a second apart, as Whisper gives them (no punctuation). */
    private static List<TranscriptWord> words(String text) {
        List<TranscriptWord> words = new ArrayList<>();
        double at = 0;
        for (String word : text.split(" ")) {
            words.add(new TranscriptWord(word, at, at + 0.4));
            at += 0.5;
        }
        return words;
    }

    @Test
    void anIdSaidDigitByDigitInHebrewWordsIsSilencedFromItsFirstWordToItsLast() {
        // "my ID is" then 1 2 3 4 5 6 7 8 2, then "and I want a viewing"
        String said = "תעודת זהות שלי אחד שתיים שלוש ארבע חמש שש שבע שמונה שתיים ואני רוצה לתאם ביקור";
        Transcript heard = new Transcript("he", said, List.of(), "whisper-1", 10.0).withWords(words(said));

        Transcript.Redacted redacted = heard.redacted(new IsraeliPiiRedactor());

        assertThat(redacted.counts()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
        assertThat(redacted.transcript().silenced()).containsExactly(new TimeSpan(1.5, 5.9));
        assertThat(redacted.transcript().words()).as("the words hold what was said: never kept").isEmpty();
    }

    @Test
    void aPriceAndAPhoneNumberAreNotSilencedAndACardBetweenThemIs() {
        String said = "התקציב 2450000 שקל הטלפון שלי 054-555-1234 והכרטיס 4580 1234 5678 9015 תודה";
        Transcript heard = new Transcript("he", said, List.of(), "whisper-1", 10.0).withWords(words(said));

        Transcript redacted = heard.redacted(new IsraeliPiiRedactor()).transcript();

        assertThat(new IsraeliPiiRedactor().redact("4580 1234 5678 9015").counts())
                .as("the card in this test passes Luhn").containsKey(PiiKind.PAYMENT_CARD);
        assertThat(redacted.silenced()).containsExactly(new TimeSpan(3.5, 5.4));
    }

    @Test
    void aRedactorThatDoesNotSayWhereSilencesEveryWordWithADigitRatherThanNothing() {
        String said = "המספר 12345 והמחיר 900";
        Transcript heard = new Transcript("he", said, List.of(), "whisper-1", 3.0).withWords(words(said));

        Transcript redacted = heard.redacted(text -> new Redaction(text.replace("12345", "[x]"),
                Map.of(PiiKind.PASSPORT, 1))).transcript();

        assertThat(redacted.silenced()).containsExactly(new TimeSpan(0.5, 0.9), new TimeSpan(1.5, 1.9));
    }

    @Test
    void withoutWordTimesNothingIsSilencedAndSpansThatTouchAreJoined() {
        Transcript heard = new Transcript("he", "תעודת זהות 123456782", List.of(), "gpt-4o-transcribe", 3.0);
        assertThat(heard.redacted(new IsraeliPiiRedactor()).transcript().silenced()).isEmpty();

        assertThat(SpokenSpans.merged(List.of(new TimeSpan(3, 4), new TimeSpan(0, 1), new TimeSpan(0.5, 2),
                new TimeSpan(4, 5)))).containsExactly(new TimeSpan(0, 2), new TimeSpan(3, 5));
    }
}
