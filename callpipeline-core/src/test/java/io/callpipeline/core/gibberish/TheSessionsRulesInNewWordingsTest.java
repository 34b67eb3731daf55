package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the ninety-first held-back set (written against this session's own rules) missed, in the languages that say
 * them: what the presenter wanted to say told in two words ("walk you through") or with the audience between ("o que
 * eu queria mostrar para vocês hoje"), before a goodbye of a goodbye's words only ("…, so take care and see you
 * soon"); homework numbered ("exercise number three", "упражнение номер три"), whose number is no caller's; a video
 * shared with whom the audience knows ("partagez-la avec un ami qui cherche un appartement"). The callers beside them
 * share the video with their own friend, or do their child's exercise with him.
 */
class TheSessionsRulesInNewWordingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's basically everything we wanted to walk you through today",
        "That's really all I wanted to walk you through today, so take care and see you soon",
        "Isso é tudo o que eu queria contar para vocês hoje, beijos",
        "Урок окончен, сделайте упражнение номер пять к среде",
        "Class is over, do exercise number four before Monday",
        "השיעור הסתיים, תעשו את תרגיל מספר שתיים עד יום שני",
        "Si cette vidéo vous a plu, partagez-la avec un ami qui cherche une maison en ce moment",
        "Compartan este video con un amigo que esté buscando casa",
    })
    void theSessionsKindsInNewWordingsAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please share the video with my friend who is looking for a flat",
        "Partagez la vidéo avec mon ami qui cherche un appartement, merci",
        "My daughter's class is over, I'll do exercise number two with her and call you on Monday",
        "That's all I wanted to walk you through about the contract, call me back, take care",
    })
    void aCallersOwnFriendOrExercisePasses(String text) {
        assertPasses(text);
    }
}
