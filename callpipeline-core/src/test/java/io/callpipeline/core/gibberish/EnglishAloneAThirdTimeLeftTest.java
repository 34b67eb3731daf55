package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three kinds the ninetieth held-back set (English alone a third time) left, in the languages that say them: a
 * broadcast wrapped up as the one for tonight or today ("that was the podcast for today", "ese fue el directo de
 * hoy", "c'était le live de ce soir"); a programme's name before a comma, a title as one that ends a sentence is ("This has
 * been another episode of Your Dream Home, thanks for listening"); a bulletin's ident ("You're watching the evening
 * news", "Вы смотрите новости", "אתם צופים בחדשות"). The callers beside them speak of today's video, their own home,
 * or what someone watches.
 */
class EnglishAloneAThirdTimeLeftTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Alright, that's the stream for tonight, thanks for all the support",
        "That was the podcast for today, take care everyone",
        "Ese fue el directo de hoy, cuídense",
        "C'était le live de ce soir, prenez soin de vous",
        "זה היה הלייב להיום, תודה שהייתם איתנו",
        "Das war der Stream für heute, danke fürs Zuschauen",
    })
    void aBroadcastWrappedUpAsTheOneForTodayIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This has been another episode of Your Dream Home, thanks for listening",
        "That was this week's episode of Home Sweet Home, see you next time",
        "זה היה פרק נוסף של התוכנית חלום הבית, תודה שהאזנתם",
    })
    void aProgrammesNameBeforeACommaIsATitleCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You're watching the evening news, good night",
        "Вы смотрите новости, оставайтесь с нами",
        "אתם צופים בחדשות, הישארו איתנו",
        "Están viendo el noticiero de la noche, buenas noches",
    })
    void aBulletinsIdentIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The video for today is not working, can you send it again?",
        "Thanks for the video of the flat, my home search is going well, call me",
        "I know you're watching the market closely, what do you think about the flat on Herzl?",
        "My kids are watching the news, I'll call you back in ten minutes about the apartment",
        "That was the agent for today, he will call you about the keys",
    })
    void aCallerWhoSpeaksOfTodaysVideoOrTheNewsPasses(String text) {
        assertPasses(text);
    }
}
