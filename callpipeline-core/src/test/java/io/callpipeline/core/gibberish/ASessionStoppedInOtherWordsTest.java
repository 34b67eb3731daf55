package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter or a lecturer who stops for today in the other words each language has for it ("That'll do it for me
 * today", "That about does it for this week", "נסיים כאן להיום", "Давайте закончим на сегодня", "رح نوقف هون
 * لليوم", "Wir machen hier Schluss für heute", "ለዛሬ በዚሁ እናበቃለን"): the lesson's stops were listed as "we'll stop
 * here" and its like, so these passed when the session probed the wrap-ups in the languages of Israel's callers
 * (2026-12-07). A caller who stops says what he will do, asks or names a day, and "that'll do it for me" with no day
 * after it is his last word to an agent.
 */
class ASessionStoppedInOtherWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That'll do it for me today.",
        "That'll do it for this week, everyone.",
        "That about does it for today's show.",
        "And that does it for this week's update.",
        "That wraps things up for this week.",
        "אז נסיים כאן להיום",
        "פה נסיים את השיעור להיום",
        "Давайте закончим на сегодня, друзья",
        "На сегодня закончим",
        "رح نوقف هون لليوم",
        "بنكتفي بهالقدر اليوم",
        "Wir machen hier Schluss für heute",
        "ለዛሬ በዚሁ እናበቃለን",
    })
    void aStopForTodayIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay, that'll do it for me, thanks",
        "That'll do it for the deposit, I'll pay the rest on Sunday",
        "נסיים כאן, אני אחשוב על ההצעה ואחזור אליך",
        "На этом закончим, я подумаю и перезвоню завтра",
        "رح نوقف هون، بفكر وبرجعلك بكرا",
        "Machen wir hier Schluss, ich rufe Sie morgen an",
        "We'll leave it there for today, I'll think about the offer",
    })
    void aCallerWhoStopsTheTalkPasses(String text) {
        assertPasses(text);
    }
}
