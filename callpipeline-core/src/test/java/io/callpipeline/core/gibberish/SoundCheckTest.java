package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a line says before anyone speaks, and the counts and recitals a guard knew only in some forms, found by
 * writing such texts in many languages before the fourteenth held-back set was written: a sound check ("Testing, one,
 * two, three", "Раз, два, проверка", "בדיקה, בדיקה"), a count started over ("1, 2, 3, 1, 2, 3", "раз, два, три, раз,
 * два, три"), Russian ordinals written with ё ("четвёртый"), the spelling alphabet said in its order ("Alpha, Bravo,
 * Charlie"), a laugh written out ("Hahaha hahaha", "Хахаха"), and Amharic's hesitations ("ኧ", "እ"). A caller who
 * checks the flat, spells his name or laughs among his words passes.
 */
class SoundCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Testing, one, two, three",
        "Test, test, test",
        "Mic check, one, two",
        "Раз, два, проверка",
        "Один, два, три, проверка связи",
        "Микрофон, проверка, раз, два",
        "Тест, тест",
        "1, 2, 3, тест",
        "אחד, שתיים, שלוש, בדיקה",
        "בדיקה, בדיקה",
        "בדיקת מיקרופון, אחת, שתיים",
        "اختبار اختبار",
        "اختبار، واحد، اثنان، ثلاثة",
        "Test, un, deux, trois",
        "Probando, probando, uno, dos, tres",
        "Próba mikrofonu, raz, dwa",
        "ሙከራ ሙከራ",
    })
    void aSoundCheckIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1, 2, 3, 1, 2, 3",
        "Раз, два, три, раз, два, три",
        "Раз-два, раз-два, раз-два",
        "אחת, שתיים, שלוש, אחת, שתיים, שלוש",
        "One, two, one, two, one, two",
        "واحد، اثنان، ثلاثة، واحد، اثنان، ثلاثة",
        "Un, deux, trois, un, deux, trois",
    })
    void aCountStartedOverIsCounting(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Первый, второй, третий, четвёртый",
        "Первая, вторая, третья, четвёртая, пятая",
        "Третий, четвёртый, пятый, шестой",
    })
    void russianOrdinalsWrittenWithYoAreCounting(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Alpha, Bravo, Charlie, Delta, Echo",
        "Alfa bravo charlie delta echo foxtrot golf",
        "Альфа, браво, чарли, дельта, эхо",
        "אלפא, בראבו, צ'רלי, דלתא, אקו",
    })
    void theSpellingAlphabetSaidInItsOrderIsReciting(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hahaha hahaha",
        "Haha, haha, haha",
        "Хахаха хахаха",
        "Ха-ха, ха-ха",
        "Jajaja jajaja",
        "ኧ... እ... እሺ...",
        "ኧ... ኧ...",
    })
    void aLaughOrAnAmharicHesitationAloneIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "בדיקה של הדירה מחר בעשר, תתקשר",
        "Проверка счётчиков в квартире в среду, перезвоните",
        "I need a test of the boiler, one two three days from now, call me",
        "Test drive of the neighborhood tomorrow, call me back",
        "My name is Delta, D for David, call me back about the flat",
        "Haha, okay, the flat is fine, call me tomorrow",
        "Хаха, хорошо, квартира нам подходит, перезвоните",
        "אחת, שתיים, שלוש דירות ראינו היום, תחזור אליי",
        "Один, два, три, четыре, пять комнат в квартире? Перезвоните",
        "Mi número es 054 123 1231, llámeme",
        "0, 5, 4, 1, 2, 1, 2, 1, 2, 1",
        "Mi número es cero cinco cuatro, uno dos uno dos uno dos uno",
        "Мой номер ноль пять четыре, один два три один два три один",
    })
    void aCallerWhoChecksSpellsLaughsOrDictatesIsACall(String text) {
        assertPasses(text);
    }
}
