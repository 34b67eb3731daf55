package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An alphabet recited is caught in any script the identifier knows, from ICU's exemplar letters; a
 * caller spelling a name or an address is not reciting.
 */
class RecitingRuleTest {

    private static boolean recites(String text) {
        return new RecitingRule().check(TranscriptFeatures.of(new Transcript("", text, List.of(), "whisper-1", 10.0)))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "א ב ג ד ה ו ז ח ט י",
        "א, ב, ג, ד, ה, ו, ז",
        "כ ל מ נ ס ע פ צ",
        "a b c d e f g h",
        "A, B, C, D, E, F, G",
        "а б в г д е ж з",
        "ا ب ت ث ج ح خ",
        "z y x w v u t",
        "Α Β Γ Δ Ε Ζ Η Θ Ι Κ",
        "α, β, γ, δ, ε, ζ",
        // the letters' names, as a child recites them
        "אלף, בית, גימל, דלת, הא, וו, זין",
        "אלף בית גימל דלת הה ואו",
        "ألف، باء، تاء، ثاء، جيم، حاء، خاء",
        "الف باء تاء ثاء جيم",
        // Cyrillic letters by their names, as a Russian or Ukrainian child recites them
        "А, бэ, вэ, гэ, дэ, е, ё, жэ",
        "ка, эль, эм, эн, о, пэ, эр",
        "ка, ел, ем, ен, о, пе, ер",
    })
    void anAlphabetRecitedInAnyScriptIsCaught(String text) {
        assertThat(recites(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "השם שלי דנה, ד נ ה, והמייל dana@gmail.com",
        "אלף שקל לחודש, בית פרטי עם גינה, שין שין גימל",
        "الف شيكل بالشهر، بيت مع جنينة، باء",
        "my name is Dana, D A N A, and the street is Herzl",
        "דירה ב' בקומה ג', בניין ד'",
        "ש ל ו ם ש ל ו ם",
        "a b c",
        "שלום, אני מחפש דירה ברמת גן",
        "Фамилия Петров, пэ, е, тэ, эр, о, вэ",
        "Квартира эм два, подъезд бэ, перезвоните",
    })
    void aCallerSpellingIsNotReciting(String text) {
        assertThat(recites(text)).as(text).isFalse();
    }
}
