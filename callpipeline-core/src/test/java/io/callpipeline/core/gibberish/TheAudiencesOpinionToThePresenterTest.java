package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ending that asks its audience what it thinks of the flat and tells it to write "me" in the comments: the
 * fifty-eighth held-back set's Hebrew miss ("אז מה דעתכם על הדירה? כתבו לי בתגובות") and its kin. The "me" is the
 * presenter's, to whom the audience's opinion goes; a caller who asks to be subscribed or written to, asking no
 * audience's opinion, asks for himself and passes.
 */
class TheAudiencesOpinionToThePresenterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "מה דעתכם על הדירה? כתבו לי בתגובות ותנו לייק",
        "What do you think of this apartment? Let me know in the comments and hit like",
        "Как вам квартира? Напишите мне в комментариях и ставьте лайк",
        "¿Qué opinan del departamento? Díganme en los comentarios y denle like",
    })
    void theAudiencesOpinionAskedForThePresenterIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Abonnez-moi à votre newsletter pour les nouveaux appartements",
        "Subscribe me to your list of new apartments please",
        "תרשום אותי לרשימת התפוצה של הדירות החדשות, תודה",
        "Подпишите меня на рассылку о новых квартирах",
    })
    void aCallerWhoAsksForHimselfPasses(String text) {
        assertPasses(text);
    }
}
