package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixtieth held-back set's "وصلى الله وسلم على نبينا محمد، وآخر دعوانا أن الحمد لله رب العالمين، والسلام عليكم
 * ورحمة الله وبركاته", a sermon's or a lesson's close: its formulas were listed, or are now, but Arabic writes its
 * "and" onto a phrase's first word as Hebrew does, and only Hebrew's ו was read so. A phrase with Arabic's و is the
 * phrase ("والسلام عليكم", "وشكرا على المشاهدة"), as "ותודה רבה שצפיתם" was. A caller who greets with the same
 * blessing and says his own words between passes, and so does "and by God" before the flat.
 */
class TheAndOfArabicPhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "وصلى الله وسلم على نبينا محمد، وآخر دعوانا أن الحمد لله رب العالمين، والسلام عليكم ورحمة الله وبركاته",
        "الحمد لله رب العالمين، والسلام عليكم ورحمة الله وبركاته",
        "وشكرا على المشاهدة",
        "والسلام عليكم ورحمة الله وبركاته",
        "وصلى الله على نبينا محمد وعلى آله وصحبه أجمعين",
        "شكرا على المشاهدة، واشتركوا في القناة",
        "ותודה רבה שצפיתם",
    })
    void aPhraseWithItsAndIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "السلام عليكم، معك أبو محمد، الحمد لله لقينا شقة، والسلام عليكم ورحمة الله وبركاته",
        "والله العظيم الشقة حلوة",
        "وشكرا على الفيديو تبع الشقة، اتصل فيي بكرا",
        "والسلام عليكم، بدي أعرف إذا الشقة لسا متاحة",
    })
    void aCallerWhoBlessesAndSpeaksPasses(String text) {
        assertPasses(text);
    }
}
