package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting by fives, tens or hundreds, and a count of four said alone, in digits and in words of
 * several languages, is counting; a phone number, a price or a floor said with other words is not.
 */
class CountingStepsTest {

    private final CountingRule rule = new CountingRule();

    private boolean fires(String text) {
        return rule.check(TranscriptFeatures.of(new Transcript("he", text, List.of(), "whisper-1", null))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5, 10, 15, 20, 25, 30",
        "עשרים, שלושים, ארבעים, חמישים, שישים",
        "Двадцать, тридцать, сорок, пятьдесят, шестьдесят.",
        "vingt, trente, quarante, cinquante, soixante",
        "100, 200, 300, 400, 500",
        "אחת שתיים שלוש ארבע",
        "one two three four",
        // a count that no phone number is
        "0 1 2 3 4 5 6 7 8 9",
        "1 2 3 4 5 6 7 8 9",
        "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר",
    })
    void countingInStepsIsCaught(String text) {
        assertThat(fires(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "054, 3, 2, 1, 9, 8, 7, 6",
        "0, 5, 2, 9, 1, 7, 7, 3, 4, 0",
        "הדירה בקומה 4, 120 מטר, 3 חדרים, מחיר 2,500,000",
        "two bedrooms, three bathrooms, five minutes from the beach",
        "ноль пять четыре, семь, семь, один, два, три, четыре, пять",
        // an Israeli number dictated digit by digit, whose digits happen to run in order
        "My number is 0 5 4, 1 2 3, 4 5 6 7",
        "המספר שלי אפס חמש ארבע, אחת שתיים שלוש, ארבע חמש שש שבע",
        "رقمي صفر خمسة اثنان، ثلاثة أربعة خمسة، ستة سبعة ثمانية تسعة",
        "0 3 1 2 3 4 5 6 7",
        "Мой номер ноль пять ноль, один два три, четыре пять шесть семь",
    })
    void numbersACallerSaysAreNot(String text) {
        assertThat(fires(text)).as(text).isFalse();
    }

    /**
     * A door code said twice, or the flats or floors a caller lists, name what they number: a count Whisper invents
     * over hold music names nothing of a caller's (its label, if any, is an episode's or a chapter's).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "הקוד לבניין הוא 1 2 3 4, 1 2 3 4",
        "הקוד 1 2 3 4, 1 2 3 4, תודה",
        "Building code 1 2 3 4, 1 2 3 4",
        "Код подъезда 1 2 3 4, 1 2 3 4",
        "كود البناية 1 2 3 4، 1 2 3 4",
        "El código es 1 2 3 4, 1 2 3 4, gracias",
        "Le code de l'immeuble est 1 2 3 4, 1 2 3 4",
        "Квартиры 1, 2, 3, 4, 5 свободны",
        "דירות 1, 2, 3, 4, 5 פנויות",
        "Floors 1, 2, 3, 4, 5 are rented",
    })
    void numbersNamingACallersCodeOrFlatsAreNot(String text) {
        assertThat(fires(text)).as(text).isFalse();
    }

    /** A phone number a digit short (misheard, or misspoken) runs in order, but its caller names the phone. */
    @ParameterizedTest
    @ValueSource(strings = {
        "My phone is 0 5 2 3 4 5 6 7 8",
        "הטלפון שלי 0 5 2 3 4 5 6 7 8",
        "Мой телефон ноль пять два три четыре пять шесть семь восемь",
        "تلفوني صفر خمسة اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية",
        "ስልክ ቁጥሬ ዜሮ አምስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
        "Mi teléfono es cero cinco dos tres cuatro cinco seis siete ocho",
    })
    void aPhoneNumberNamedAsOneIsNot(String text) {
        assertThat(fires(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1, 2, 3, 1, 2, 3, 1, 2, 3",
        "Раз, два, три, раз, два, три",
        "פרק 1. פרק 2. פרק 3. פרק 4. פרק 5.",
        "Episode 1, Episode 2, Episode 3, Episode 4, Episode 5",
    })
    void aCountSaidOverOrLabelledIsStillCaught(String text) {
        assertThat(fires(text)).as(text).isTrue();
    }
}
