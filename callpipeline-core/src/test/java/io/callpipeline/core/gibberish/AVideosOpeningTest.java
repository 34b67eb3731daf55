package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's opening, sentence after sentence, ends on "let's start" ("אז בואו נתחיל", "Let's get started", "Давайте
 * начнём", "يلا نبدأ"), the mirror of a wrap-up, which no list had: a long opening was read as a call at its last
 * sentence (the forty-sixth held-back set). An opening whose subject names a flat ("…לפני שקונים דירה") is still read
 * as a call's, its flat a caller's word, and is left. Callers who say "let's start" about their own business pass.
 */
class AVideosOpeningTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום לכולם וברוכים הבאים לערוץ. היום אני אראה לכם את הטיפים הכי חשובים. אבל לפני שנתחיל, אל תשכחו להירשם"
                + " לערוץ ולהפעיל את הפעמון. אז בואו נתחיל",
        "Hey everyone, welcome back to the channel. But before we start, make sure you subscribe and hit the bell."
                + " Let's get started",
        "Привет всем, добро пожаловать на канал. Но прежде чем начать, подпишитесь на канал и нажмите колокольчик."
                + " Давайте начнём",
        "Let's get started",
        "יאללה, בואו נתחיל",
        "Итак, начнём",
    })
    void anOpeningThatEndsOnLetsStartIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום, אני רוצה למכור את הדירה שלי. אז בואו נתחיל: שלושה חדרים, קומה שנייה, מעלית. תחזרו אליי",
        "Hi, I'm calling about the flat. Let's get started with the paperwork tomorrow? Call me back",
        "Давайте начнём ремонт в квартире в понедельник, перезвоните мне",
        "בואו נתחיל את הסיור בדירה בשעה חמש, אני אחכה למטה",
    })
    void aCallerWhoSaysLetsStartPasses(String text) {
        assertPasses(text);
    }
}
