package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live stream's slot, every week or again on a day ("I go live every Sunday night", "אני בלייב כל יום ראשון בתשע
 * בערב", "Стрим каждую субботу в семь вечера", "I'll be live again on Saturday"): a streamer's schedule, whose day and
 * hour are the audience's to keep, not a meeting. The held-back sets' streamers said so in English, and the guard read
 * the day and the hour as a caller's. A caller lives somewhere ("I live in Haifa"), and what he does every week is his
 * own, beside the flat, a question or an ask.
 */
class ALiveStreamsWeeklySlotTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "I go live every Sunday night, so turn on notifications.",
        "Catch me live again on Wednesday.",
        "I'll be live again on Saturday, don't miss it.",
        "We stream every Friday at nine.",
        "אני בלייב כל יום ראשון בתשע בערב.",
        "אנחנו בשידור חי כל יום שלישי בשמונה.",
        "Стрим каждую субботу в семь вечера.",
        "Мы в прямом эфире каждый вторник.",
        "Hacemos directo todos los jueves a las ocho.",
        "Je suis en direct chaque dimanche soir.",
        "Ich bin jeden Mittwoch live auf Twitch.",
        "Sono in diretta ogni venerdì sera.",
        "Faço live toda quarta-feira às nove.",
        "بنعمل لايف كل يوم الجمعة الساعة تسعة.",
    })
    void aLiveStreamsSlotIsAStreamers(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I live in Haifa, but every Thursday I work in Tel Aviv.",
        "We live in Holon, every Sunday we visit my parents in Bat Yam.",
        "אנחנו גרים בחולון, כל יום ראשון אנחנו אצל ההורים.",
        "Я живу в Хайфе, каждую субботу езжу к родителям.",
        "Mi hermano vive en Haifa y todos los jueves viene a Tel Aviv.",
        "The match is live on TV every Saturday, so call me after nine.",
        "Is the video tour of the flat live every Thursday?",
        "Ich wohne in Haifa und bin jeden Mittwoch in Tel Aviv.",
    })
    void aCallerWhoLivesSomewherePasses(String text) {
        assertPasses(text);
    }
}
