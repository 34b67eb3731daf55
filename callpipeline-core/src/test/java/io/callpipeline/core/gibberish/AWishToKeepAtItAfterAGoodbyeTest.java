package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's goodbye with a wish to keep at something ("Until next time, keep learning and keep growing", "עד הפעם
 * הבאה, תמשיכו ללמוד ולהשקיע", "До встречи, и продолжайте учиться", "واستمروا في التعلم", "continuez à apprendre"): the
 * hundred-and-nineteenth held-back set ended so in English, and an earlier one ("stay safe out there and keep
 * investing"); the guard knew the wishes its list names ("keep smiling", "sigan aprendiendo"), not whatever the
 * audience is wished to keep doing. A caller who says "keep" asks for his own ("keep sending me listings"), which
 * is no verb alone. An English thanks for the audience's company carries its verb's particle ("tuning in", "stopping
 * by"), which had read as the caller going on.
 */
class AWishToKeepAtItAfterAGoodbyeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Until next time, keep learning and keep growing.",
        "See you next time, and keep investing.",
        "Thanks for tuning in, stay safe out there and keep investing.",
        "Thanks for stopping by, stay safe and keep investing.",
        "עד הפעם הבאה, תמשיכו ללמוד ולהשקיע.",
        "ביי חברים, ותמשיכו לחלום.",
        "До встречи, и продолжайте учиться.",
        "Пока, друзья, продолжайте развиваться.",
        "إلى اللقاء، واستمروا في التعلم.",
        "À la prochaine, et continuez à apprendre.",
        "Hasta la próxima, y sigan invirtiendo.",
    })
    void aGoodbyeWithAWishToKeepAtItIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bye, keep sending me listings in Haifa.",
        "OK bye, keep looking for a three-room for me.",
        "ביי, תמשיכו לשלוח לי דירות בחיפה.",
        "Пока, продолжайте искать мне квартиру.",
        "مع السلامة، واستمروا في البحث عن شقة لي.",
        "Hasta luego, y sigan buscando un piso para mi hija.",
        "Keep calling the owner until he answers, bye.",
        "Thanks for dropping by the office yesterday, I'll send you the contract tonight.",
        "Thanks for stopping by the flat, the owner liked you.",
    })
    void aCallerWhoAsksToKeepAtHisOwnPasses(String text) {
        assertPasses(text);
    }
}
