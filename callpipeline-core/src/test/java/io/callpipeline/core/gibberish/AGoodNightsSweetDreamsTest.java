package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A good night with a wish for the night's sleep ("Всем спокойной ночи, сладких снов", "Good night everyone, sweet
 * dreams", "לילה טוב לכולם, חלומות פז", "تصبحون على خير، أحلام سعيدة"): the hundred-and-twentieth held-back set ended a
 * bedtime broadcast so in Russian, and the guard's pleasantries held the good night but not the dreams or the sleep
 * wished after it, in any language. A caller who mentions sleep says why he cannot.
 */
class AGoodNightsSweetDreamsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Всем спокойной ночи, сладких снов.",
        "Good night everyone, sweet dreams.",
        "Sleep well, everyone. Good night.",
        "לילה טוב לכולם, חלומות פז.",
        "תישנו טוב, לילה טוב.",
        "تصبحون على خير، أحلام سعيدة.",
        "Buenas noches a todos, dulces sueños.",
        "Bonne nuit à tous, faites de beaux rêves.",
        "Gute Nacht, süße Träume.",
    })
    void aGoodNightWithSweetDreamsIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Good night, sorry to call so late, the neighbours are so loud we can't sleep, can you call the landlord?",
        "לילה טוב, סליחה שאני מתקשר מאוחר, אי אפשר לישון מהרעש של המזגן של השכנים.",
        "Спокойной ночи, извините, что поздно, у нас сосед сверху шумит, спать невозможно.",
        "تصبح على خير، آسف على الإزعاج، ما قدرنا ننام من صوت الجيران.",
    })
    void aCallerWhoCannotSleepPasses(String text) {
        assertPasses(text);
    }
}
