package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who says a personal number: his identity number, his card, his account, his passport. The guard reads the
 * transcript as the pipeline hands it over, redacted: a number whose check holds stands there as its label
 * ("[ת״ז]", "[כרטיס אשראי]"), which was read as a sound caption, as too short or as no words; a number said in a
 * language the redactor does not read digit words in ("My ID is one two three…", "Мой теудат зеут один два три…")
 * stays, and was read as counting. A personal number a caller said is the surest sign of a call: its label is the
 * caller's, and the words that name such numbers in each language (identity, card, account, passport) name a caller's
 * thing, as his phone does.
 */
class PersonalNumbersCallersSayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "כן, אחת שתיים שלוש ארבע חמש שש שבע שמונה שתיים",
        "אחת שתיים שלוש ארבע חמש שש שבע שמונה שתיים",
        "ארבע אחת אחת אחת, אחת אחת אחת אחת, אחת אחת אחת אחת, אחת אחת אחת אחת",
        "123456782",
        "תעודת זהות אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
        "My ID is one two three four five six seven eight two",
        "My card number is one two three four, five six seven eight, one two three four, five six seven eight",
        "Мой теудат зеут один два три четыре пять шесть семь восемь два",
        "Номер паспорта один два три четыре пять шесть семь",
        "هويتي واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية اثنين",
        "رقم حسابي واحد اثنين ثلاثة أربعة خمسة ستة",
        "Mi teudat zehut es uno dos tres cuatro cinco seis siete ocho dos",
        "Mon numéro de carte un deux trois quatre cinq six sept huit",
        "Mi cuenta es uno dos tres cuatro cinco seis",
        "የመታወቂያ ቁጥሬ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ሁለት",
        "መታወቂያ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    })
    void aCallerWhoSaysAPersonalNumberPasses(String said) {
        Transcript redacted = AsThePipelineJudges.transcript(said); // as the pipeline hands it over: redacted
        GibberishVerdict verdict = AsThePipelineJudges.GUARD.check(redacted);
        assertThat(verdict.gibberish()).as(redacted.text() + " [" + verdict.reasonCode() + "]").isFalse();
    }

    /** A count is still a count, redacted or not: no label stands in it, and no word names a number of the caller's. */
    @ParameterizedTest
    @ValueSource(strings = {
        "אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר",
        "one two three four five six seven eight nine ten",
        "один два три четыре пять шесть семь восемь девять десять",
    })
    void aCountIsStillCaught(String said) {
        Transcript redacted = AsThePipelineJudges.transcript(said);
        assertThat(AsThePipelineJudges.GUARD.check(redacted).gibberish()).as(redacted.text()).isTrue();
    }
}
