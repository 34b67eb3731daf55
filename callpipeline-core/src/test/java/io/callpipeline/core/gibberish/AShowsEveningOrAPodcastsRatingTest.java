package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An evening show's audience thanked for the evening it spent with the show ("Thanks for spending the evening with
 * us", "спасибо, что провели этот вечер с нами", "شكرا لأنكم قضيتم السهرة معنا"), the show said to be over ("That's
 * our show for tonight"), and a podcast's audience asked for a rating wherever it listens: the hundred-and-fifty-ninth
 * held-back set's show and podcast passed, since the lists held the company of a video's audience ("thanks for being
 * with us") and a review, not the evening nor the rating. A caller thanks for the evening at the open house, and
 * says what follows; he rates the flat's energy, not the show. Left: a goodbye till tomorrow after them ("…and we'll
 * see you tomorrow", "à demain") is read as a caller's meeting, as after every thanks for watching.
 */
class AShowsEveningOrAPodcastsRatingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that's our show for tonight. Thanks for spending the evening with us.",
        "That's our show for today, thanks for spending the evening with us.",
        "That's the show, everybody, good night.",
        "Это была наша программа на сегодня, спасибо, что провели этот вечер с нами",
        "كان هذا برنامجنا لهذا المساء، شكرا لأنكم قضيتم السهرة معنا",
        "Merci d'avoir passé la soirée avec nous, à bientôt",
        "If you enjoyed this episode, leave us a rating wherever you listen to podcasts.",
        "Leave us a rating and a review, it really helps the show.",
        "Rate us five stars wherever you listen.",
        "Оцените нас в приложении подкастов, это очень помогает",
    })
    void aShowsEveningOrAPodcastsRatingEndsIt(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please rate the energy efficiency of the flat when you send the report",
        "That's our show flat, the model apartment, you can see it tomorrow",
        "Thanks for spending the evening with us at the open house, we'll call you tomorrow about the offer",
        "Спасибо, что провели с нами вечер на просмотре, мы подумаем и перезвоним",
        "How would you rate the neighbourhood for kids?",
    })
    void aCallerWhoThanksForTheEveningOrRatesTheFlatPasses(String text) {
        assertPasses(text);
    }
}
