package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's order to like and subscribe "for more", where the language says "more" in two words or its "for" apart
 * (Romanian's "pentru mai multe", Polish's "po więcej", Dutch's "voor meer"): the words after the order were nobody's
 * idea, and an ending that goes on in a word of its own is a caller's, so the hundred-and-fifty-seventh held-back set's
 * Romanian order passed; English's, Spanish's and the others' "for more" after the order were listed. A caller who
 * wants more of something says what, and of what.
 */
class AnOrderForMoreSaidInTwoWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Nu uitați să dați like și să vă abonați la canal pentru mai multe",
        "Abonați-vă la canal pentru mult mai multe",
        "Daha fazlası için kanala abone olun ve beğenmeyi unutmayın",
        "Zostaw łapkę i zasubskrybuj kanał po więcej",
        "Vergeet niet te liken en te abonneren voor meer",
        "Don't forget to like and subscribe for more",
        "No olvides darle like y suscribirte para más",
    })
    void anOrderForMoreIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Vreau mai multe poze cu bucătăria, mulțumesc",
        "Mai multe detalii despre contract vă rog, mulțumesc",
        "Mutfağın daha fazla fotoğrafını gönderir misiniz? Teşekkürler",
        "Daha fazla bilgi istiyorum, kira ne kadar?",
        "Voor meer informatie over de huur bel ik morgen terug",
        "Zadzwonię jutro po więcej informacji o czynszu",
    })
    void aCallerWhoWantsMoreOfSomethingPasses(String text) {
        assertPasses(text);
    }
}
