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
    })
    void talkIsNotTyping(String text) {
        assertThat(typed(text)).as(text).isFalse();
    }
}
