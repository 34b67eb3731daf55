package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A programme's close to its crew, its viewers at home and its listeners ("תודה לצוות ההפקה, לצלמים ולעורכים, ותודה
 * לכם הצופים בבית", "Спасибо съёмочной группе, операторам и монтажёрам", "And thank you, the viewers at home",
 * "Услышимся в следующий раз"): the hundred-and-twentieth held-back set closed a television programme and a podcast
 * so in Hebrew and Russian, and the guard read a credit's job only where it opened the sentence, the viewers at home as
 * someone's home, and a podcast's "we'll hear each other" as no goodbye. A caller thanks the photographer for the
 * flat's photos, or the viewers of the flat, in words of his own.
 */
class AProgrammesCloseToItsCrewAndItsViewersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה לצוות ההפקה, לצלמים ולעורכים.",
        "Thanks to our production team, our camera crew and our editors.",
        "Спасибо съёмочной группе, операторам и монтажёрам.",
        "Merci à toute l'équipe de production, aux cameramen et aux monteurs.",
        "ותודה לכם הצופים בבית.",
        "And thank you, the viewers at home.",
        "وشكرا لكم مشاهدينا في البيت.",
        "Услышимся в следующий раз.",
        "Почуємося наступного разу.",
    })
    void aProgrammesCloseIsNoCall(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks to your photographer, the photos of the flat are great, my wife loved the balcony.",
        "תודה לצלם שלכם, התמונות של הדירה יצאו מעולות, אפשר לתאם ביקור?",
        "Спасибо оператору за видео квартиры, очень подробно, когда можно приехать?",
        "Thank you for showing the flat to the viewers at home yesterday, did anyone call back?",
        "Услышимся завтра, я поговорю с женой про задаток.",
        "Thanks to your cameraman and your editor, the video of the flat is great, my wife wants to see it on Sunday.",
    })
    void aCallerWhoThanksForTheFlatsPhotosPasses(String text) {
        assertPasses(text);
    }
}
