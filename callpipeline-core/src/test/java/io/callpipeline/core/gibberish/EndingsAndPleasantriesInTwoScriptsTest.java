package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two scripts in one transcript (the forty-fourth held-back set, 0.625 on first scoring): a video's ending said in two
 * languages says an ending's ideas in both ("شكراً على المشاهدة، don't forget to subscribe", Hebrew, Arabic, Russian
 * and Amharic creators saying "subscribe" and "like" in English), where a caller switching languages says nothing of
 * an ending's but a pleasantry in one of them ("مرحبا، הלינק עובד עכשיו, شكرا", "Thanks for the video, ראיתי אותו");
 * the ending rule read any switch as a caller's. And pleasantries alone in two scripts ("Ok, תודה רבה, bye") are a
 * caller's, as the pleasantries' rule said, however well a phrase of the list covers one of them; one script said
 * over is still a loop.
 */
class EndingsAndPleasantriesInTwoScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что досмотрели, don't forget to like and subscribe!",
        "شكراً لمتابعتكم، please like and share the video",
        "תודה שצפיתם בסרטון, please subscribe to my channel",
        "ቪዲዮውን ስለተመለከታችሁ እናመሰግናለን, please subscribe",
        "Thanks for watching, и не забудьте подписаться на канал",
        "Don't forget to subscribe, ונתראה בסרטון הבא",
    })
    void anEndingSaidInTwoLanguagesIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، הלינק עובד עכשיו, شكرا",
        "Thanks for the video, ראיתי אותו, תודה",
        "תודה על הסרטון, I'll call you back, thanks",
        "Спасибо за видео, I liked the flat, перезвоните мне",
        "Thanks for the video, אני אחזור אליך מחר",
        "شكراً على الفيديو، I'll come on Sunday",
    })
    void aCallerSwitchingLanguagesAroundAVideoPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ok, תודה רבה, bye",
        "Спасибо, thank you, bye",
        "شكرا، תודה רבה",
        "Ok, спасибо большое, пока",
    })
    void pleasantriesInTwoScriptsAreACallersSwitch(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you. Thank you. Thank you.", "תודה רבה. תודה רבה.", "Спасибо. Спасибо большое."})
    void pleasantriesInOneScriptAreStillCaught(String text) {
        assertCaught(text);
    }
}
