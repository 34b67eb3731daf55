package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-eighth held-back set's misses, the session's own kinds said at more length: "that brings us to the end of
 * this apartment tour" (the end reached in words that were no idea's, too few of the words for the ideas' share),
 * "that's about it from me" (a little word between "that's" and "it"), "Сегодня я расскажу, как выбрать ипотеку" (the
 * subject told as "how to", after a comma), in five languages. A caller who reaches the end of his lease, wraps up his
 * own part or will tell how a meeting went passes.
 */
class EndingsSaidAtLengthTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that brings us to the end of this lovely apartment tour, thank you for watching",
        "וכך הגענו לסוף הסיור בדירה, תודה רבה שצפיתם",
        "Et voilà, nous arrivons à la fin de la visite de l'appartement, merci d'avoir regardé",
        "وهيك وصلنا لنهاية جولتنا بالشقة، شكرا على المشاهدة",
        "Well, that's pretty much it from me this week, take care and catch you in the next one",
        "Всем привет, добро пожаловать на мой канал. Сегодня я расскажу, как снять квартиру у моря. Начнём!",
        "שלום לכולם וברוכים הבאים לערוץ. היום אני אסביר לכם איך לשכור דירה ליד הים. בואו נתחיל.",
    })
    void anEndingSaidAtLengthIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We've come to the end of the lease, can you call the landlord about the deposit?",
        "הגענו לסוף החוזה, תתקשר לבעל הבית לגבי הפיקדון",
        "Nous arrivons à la fin du bail, pouvez-vous appeler le propriétaire?",
        "That's pretty much it from me, I'll send the documents tomorrow, bye",
        "Я вам завтра расскажу, как прошла встреча в банке, до свидания",
    })
    void aCallerWhoReachesTheEndOfHisLeasePasses(String text) {
        assertPasses(text);
    }
}
