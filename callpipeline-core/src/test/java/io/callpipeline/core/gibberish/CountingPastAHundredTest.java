package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kind the eighty-first held-back set (long ones) missed, in the languages that count: a count past a hundred in
 * words ("Сто один, сто два, сто три…"), each number a hundred and a unit, which the table of spelled numbers held only
 * by tens. The callers beside them name a flat's or a building's number past a hundred, once, among their own words.
 */
class CountingPastAHundredTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Сто один, сто два, сто три, сто четыре, сто пять, сто шесть",
        "מאה ואחת, מאה ושתיים, מאה ושלוש, מאה וארבע, מאה וחמש",
        "ciento uno, ciento dos, ciento tres, ciento cuatro, ciento cinco",
        "cent un, cent deux, cent trois, cent quatre, cent cinq",
        "einhunderteins, einhundertzwei, einhundertdrei, einhundertvier, einhundertfünf",
        "One hundred one, one hundred two, one hundred three, one hundred four, one hundred five",
    })
    void aCountPastAHundredIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Здравствуйте, я из квартиры сто один, у нас течёт кран, перезвоните",
        "שלום, אני מדירה מאה ושתיים, המזגן לא עובד, תחזור אליי",
        "Hola, vivo en el ciento tres, quiero ver el piso del ciento cinco, llámeme",
        "Hi, it's apartment one hundred four, the key is with the neighbour in one hundred five, call me back",
    })
    void aCallerWhoNamesAFlatPastAHundredPasses(String text) {
        assertPasses(text);
    }
}
