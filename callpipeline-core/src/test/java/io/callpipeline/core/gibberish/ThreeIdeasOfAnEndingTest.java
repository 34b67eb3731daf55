package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fifty-ninth held-back set's "If this helped you at all, a like would mean the world, see you next time" and its
 * kin: a like, the hope that the video helped or pleased, and a goodbye till the next one, in a sentence whose other
 * words ("if this … at all", "would mean the world", "würde mir … sehr helfen") are many. Each pair of those ideas
 * needed a third of the words to carry an idea; three different ideas of an ending are an ending at the share one
 * strong pair needs. A caller who liked the flat, says he will share it, and names a day passes.
 */
class ThreeIdeasOfAnEndingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "If this helped you at all, a like would mean the world, see you next time",
        "Si te gustó, un like me ayudaría mucho, nos vemos en el próximo",
        "Wenn es euch gefallen hat, würde mir ein Like sehr helfen, bis zum nächsten Mal",
        "If you found this useful at all, a like would be amazing, see you next time",
    })
    void aLikeTheHopeAndAGoodbyeAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I liked the flat a lot, I will share the link with my wife and see you on Sunday",
        "Me gustó mucho el piso, le voy a compartir el enlace a mi esposa, nos vemos el lunes",
        "Die Wohnung hat uns gefallen, ich teile den Link mit meiner Frau, bis Montag",
        "If it helped the buyer, like you said, see you next week at the bank",
    })
    void aCallerWhoLikedTheFlatPasses(String text) {
        assertPasses(text);
    }
}
