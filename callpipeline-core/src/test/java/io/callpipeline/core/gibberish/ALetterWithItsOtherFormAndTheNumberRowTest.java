package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three shapes a generated grid of inventions found passing (2026-12-07; 840 counts, recitals, keyboard rows and
 * held letters in fourteen languages and seven scripts, 19 passed): a short recital that says a letter and its other
 * form ("Д. Е. Ё. Ж. З", "י כ ך ל מ", "A Ä B C D"), whose letters were counted once as the recital's step is, so
 * five letters said were four and too few; English letters said by the names that are words too ("eye", "oh", "you",
 * "are", "why": "kay el em en oh"); and the number row typed, alone or after a row of letters ("1234567890",
 * "ζχψωβνμ 1234567890"), a keyboard's row on every layout. A caller spelling a name with "ё", a door code or a PIN
 * beside his words, and a caller's "I see you" still pass.
 */
class ALetterWithItsOtherFormAndTheNumberRowTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Д. Е. Ё. Ж. З",
        "Г, Д, Е, Ё, Ж",
        "י כ ך ל מ",
        "ט, י, כ, ך, ל",
        "A, Ä, B, C, D",
        "kay el em en oh",
        "eye, jay, kay, el, em",
        "pee, queue, are, ess, tee",
        "ess tee you vee doubleyou",
        "1234567890",
        "123456789",
        "0987654321",
        "ζχψωβνμ 1234567890",
        "1234567 фывапрол",
        "ςερτυθιο 12345678",
        "qwerty 123456",
    })
    void aRecitalWithAnOtherFormALetterNamedAsAWordOrTheNumberRowIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Фамилия Семёнов: С, Е, М, Ё, Н, О, В, запишите, пожалуйста",
        "The code is 123456, flat 4, third floor",
        "My PIN for the portal is 1234, can you log in for me?",
        "אני בדירה 5, הקוד 12345, תתקשר כשאתה למטה",
        "OK, I see you at five then, bye",
        "Oh, you are right, why did I think it was Tuesday?",
        "Код от подъезда 4567, квартира 12",
        "Le code c'est 2345, au troisième",
    })
    void aCallersSpellingCodesAndWordsPass(String text) {
        assertPasses(text);
    }
}
