package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrap-up said with a hedge ("that's pretty much it for today's video", "זה פחות או יותר הכל להיום", "вот, в
 * принципе, и всё на сегодня"): the forty-sixth held-back set's long English ending opened with one, which no list
 * held, and was read as a call at its first sentence; its "pretty" was Romanian's price ("preț", as a word start
 * "pret"), now the whole word and its inflections. Callers who say "that's about it" of their own matters pass.
 */
class HedgedWrapUpsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Alright guys, that's pretty much it for today's video. Thanks so much for watching, and I'll catch you in"
                + " the next one",
        "That's pretty much it for today, see you in the next video",
        "That's basically it for today's video, thanks for watching",
        "That's pretty much it for today",
        "זה פחות או יותר הכל להיום, תודה שצפיתם",
        "Вот, в принципе, и всё на сегодня, спасибо за просмотр",
        "C'est à peu près tout pour aujourd'hui, merci d'avoir regardé",
    })
    void aHedgedWrapUpIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's pretty much it for today, I'll call the landlord tomorrow and get back to you",
        "זה פחות או יותר הכל להיום, מחר אני אבוא לראות את הדירה בעשר",
        "Вот, в принципе, и всё на сегодня, завтра перезвоню насчёт квартиры",
    })
    void aCallerWhoWrapsUpHisOwnMattersPasses(String text) {
        assertPasses(text);
    }
}
