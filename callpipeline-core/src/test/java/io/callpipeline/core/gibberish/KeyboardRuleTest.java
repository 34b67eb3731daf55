package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typing along a keyboard row, or a letter held down, in Latin, Cyrillic, Hebrew or Arabic; not talk. */
class KeyboardRuleTest {

    private static boolean typed(String text) {
        return new KeyboardRule().check(TranscriptFeatures.of(new Transcript("", text, List.of(), "whisper-1", 5.0)))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "qwerty asdfgh",
        "asdf asdf asdf",
        "QWERTYUIOP",
        "azerty qsdfgh",
        "йцукен фыва",
        "שדגכעיח",
        "שדגכ שדגכ",
        "ضصثقف شسيب",
        "aaaaaaaa",
        "мммммм мммммм",
        "poiuytrewq",
        // a row typed a letter at a time, forwards or backwards
        "z x c v b n m",
        "m n b v c x z",
        "ф ы в а п р о л д ж",
        "ש ד ג כ ע י ח ל ך ף",
        "ף ך ל ח י ע כ ג ד ש",
    })
    void typingShapesInAnyLayoutAreCaught(String text) {
        assertThat(typed(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום, אני מחפש דירה בטון הזה של הרחוב",
        "I rented a flat on Qwerty street last year",
        "Здравствуйте, ищу квартиру с парковкой",
        "we were there, dear",
        "אאא, כן, אני מחפש דירה",
        "asdf",
        "my email is d a n at gmail dot com",
        "ת ז שלי זה אחת שתיים שלוש",
        "a b c",
    })
    void talkIsNotTyping(String text) {
        assertThat(typed(text)).as(text).isFalse();
    }
}
