package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who reads out a password, a PIN or a door's code that is a run of numbers ("The Wi-Fi password is one, two,
 * three, four, five, six, seven, eight", "Пароль от вайфая: один, два, три, четыре…"): the numbers count up as
 * Whisper's counting does, and were judged a count in four languages when the session probed callers with personal
 * numbers (2026-12-07), where an identity number said the same way was excused. A password, a PIN, a code and the Wi-Fi
 * are personal numbers' names now ({@code caller-words.tsv}); a count with none of them, or with a word that only opens
 * like one ("קודם כל", first of all), is still a count.
 */
class APasswordReadAsARunOfNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הסיסמה לוויפי היא 1, 2, 3, 4, 5, 6, 7, 8",
        "The Wi-Fi password is one, two, three, four, five, six, seven, eight",
        "The PIN for the gate is 1 2 3 4 5 6",
        "Пароль от вайфая: один, два, три, четыре, пять, шесть, семь, восемь",
        "كلمة السر واحد، اثنين، ثلاثة، أربعة، خمسة، ستة، سبعة، ثمانية",
        "La contraseña es uno, dos, tres, cuatro, cinco, seis, siete, ocho",
        "Das Passwort ist eins, zwei, drei, vier, fünf, sechs, sieben, acht",
    })
    void aCallerWhoReadsOutAPasswordPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "קודם כל, אחת, שתיים, שלוש, ארבע, חמש, שש, שבע",
        "one, two, three, four, five, six, seven, eight, nine, ten",
        "один, два, три, четыре, пять, шесть, семь, восемь, девять",
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
    })
    void aCountWithNoPasswordNamedIsStillACount(String text) {
        assertCaughtAs(text, CountingRule.CODE);
    }
}
