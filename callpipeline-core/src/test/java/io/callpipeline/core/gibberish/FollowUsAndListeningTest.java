package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of an ending found by writing forty-seven more of our own in seven languages after the twenty-first set (no
 * held-back row read; 14 passed): following the channel so as to miss nothing ("Follow us so you don't miss anything",
 * "תעקבו אחרינו כדי לא לפספס": following is a subscription), thanks for listening with "it was a pleasure" after it
 * ("Спасибо, что слушали, было приятно", "شكرا إنكم سمعتوني", "Merci de nous avoir écoutés, c'était un plaisir",
 * "ስለሰማችሁን እናመሰግናለን"), "see you again soon" said to nobody, a comment asked "desde dónde nos ven". Left: a
 * greeting to the audience ("Always great to see you here"), thanks to whoever subscribed in Hebrew ("לכל מי ש…" is
 * every caller's "whoever"). A caller who follows the agent's car or says it was a pleasure passes.
 */
class FollowUsAndListeningTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Follow us so you don't miss anything",
        "תעקבו אחרינו כדי לא לפספס",
        "Подписывайтесь, чтобы ничего не пропустить",
        "Спасибо, что слушали, было приятно",
        "شكرا إنكم سمعتوني، كان ممتع",
        "Merci de nous avoir écoutés, c'était un plaisir",
        "ስለሰማችሁን እናመሰግናለን",
        "ניפגש שוב בקרוב, שלום שלום",
        "بنشوفكم قريب، سلام سلام",
        "Cuéntennos en los comentarios desde dónde nos ven",
    })
    void theseEndingsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll follow you in my car to the flat",
        "אני אסע אחריך לדירה, תעקוב אחרי הרכב",
        "Спасибо, было приятно познакомиться, перезвоню по квартире",
        "Merci, c'était un plaisir de visiter l'appartement",
        "Follow up on the contract, please",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
