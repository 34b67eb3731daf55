package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found while writing the tests of the seventy-fifth held-back set's kinds: Ukrainian spells five, nine and their
 * teens and tens with an apostrophe ("п'ять", "дев'ятнадцять"), which ICU writes as a letter of its own ("пʼять") and
 * transcripts as a mark between letters, so a count through them was no count ("п'ятнадцять, шістнадцять, …" passed)
 * and the fifth episode no number. Both are read alike now. A caller who names a floor and an hour passes.
 */
class UkrainianNumbersWithAnApostropheTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "п'ятнадцять, шістнадцять, сімнадцять, вісімнадцять, дев'ятнадцять, двадцять",
        "двадцять п'ять, двадцять шість, двадцять сім, двадцять вісім, двадцять дев'ять",
        "пʼятдесят, шістдесят, сімдесят, вісімдесят, девʼяносто, сто",
        "Ось і закінчилась п'ята серія, шоста вийде наступного тижня.",
    })
    void aCountOrAPartThroughTheApostrophesIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Квартира на п'ятому поверсі, дзвоніть після п'ятої, дякую",
        "Мені потрібно п'ять хвилин, я вже під'їжджаю до будинку",
        "Оренда дев'ять тисяч, п'ятнадцятого числа я заплачу",
    })
    void aCallerWhoNamesAFloorOrAnHourPasses(String text) {
        assertPasses(text);
    }
}
