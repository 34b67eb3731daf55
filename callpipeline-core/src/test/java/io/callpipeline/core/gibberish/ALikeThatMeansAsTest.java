package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found while writing the fifty-ninth set's tests: English "like" meaning "as" or "want" was read as a like, so a
 * caller's "Like I said, see you next week" or "It looks like it helped, see you next week" was a video's ending (a
 * like and a goodbye till the next one). Before a subject ("like I said", "like we agreed", "like you said") or after
 * a verb of seeming, "just", "something" or "would" ("looks like", "I'd like to"), it is no like. A channel's "like and
 * subscribe", "hit like" and "Like it? Share it!" stay endings.
 */
class ALikeThatMeansAsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Like I said, see you next week",
        "It looks like it helped, see you next week",
        "Like you said on the phone, see you next week",
        "Like we agreed, see you next time at the flat",
        "If it helped the buyer, like you said, see you next week at the bank",
        "I'd like to see it again, see you next time",
    })
    void aCallersLikeThatMeansAsPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Like and subscribe, see you next week",
        "Hit like if it helped, see you next time",
        "Like it? Share it! See you in the next one",
        "Don't forget to like this video, see you next time",
    })
    void aChannelsLikeIsCaught(String text) {
        assertCaught(text);
    }
}
