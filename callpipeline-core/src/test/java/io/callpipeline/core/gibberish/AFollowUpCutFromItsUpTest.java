package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long sentence of a caller's is cut into pieces where its commas do not part its ideas, and a cut fell between a
 * word and the words that say what it means: "…from the third floor, I wanted to follow | up on the offer…" made
 * "floor, I wanted to follow" the audience told to follow, and with the voicemail's "Thanks, talk soon" the message
 * was judged a video's (a grid of 360 voicemails in six languages, 2026-12-07). A cut keeps a word with what follows it
 * ({@link NoIdeaHere}: a follow-up, "follow me in your car", "like I said", the description of the flat). A long
 * sentence of an ending's is still cut and caught.
 */
class AFollowUpCutFromItsUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey, it's me again, it's Rachel Cohen from the third floor, I wanted to follow up on the offer, the bank "
                + "approved the mortgage. I'll try you again later. Thanks, talk soon. Take care",
        "Hi, it's me again, David from the second floor, just calling to follow up on the lease, my wife signed it "
                + "yesterday. I'll call again later. Thanks, talk soon.",
        "Hey, it's me again, Sarah from the building on Herzl, I'm going to follow you in my car to the parking, the "
                + "gate was closed. I'll wait outside. Thanks, see you soon.",
    })
    void aVoicemailWithAFollowUpPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "As always, thank you so much for watching and I'll catch you guys in the next one",
        "thanks for watching guys dont forget to like and subscribe and follow me on instagram and ill see you in the "
                + "next one bye",
    })
    void aLongEndingIsStillCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
