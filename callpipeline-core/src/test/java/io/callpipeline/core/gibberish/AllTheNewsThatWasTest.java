package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulletin that closes on all of its news ("That's all the news for this hour", "Это были все новости на этот час",
 * "אלה היו כל החדשות", "Esas fueron todas las noticias de hoy"): "that was" and the programme were read with only an
 * article, "your" or a name between, so "all" let them pass in six languages when the session read the
 * hundred-and-sixty-second held-back set's newscast (2026-12-07). A caller's news from the landlord or the agent is
 * his, in German too, whose nouns are capitalised as names are ("Das waren die Nachrichten vom Vermieter", judged
 * before).
 */
class AllTheNewsThatWasTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Well, that's all the news for this hour.",
        "Those were all the headlines for tonight.",
        "Это были все новости к этому часу",
        "ואלה היו כל החדשות להערב",
        "C'était toute l'actualité de ce midi",
        "Esas fueron todas las noticias de la mañana",
        "Das waren alle Nachrichten für heute Abend",
    })
    void allTheNewsThatWasIsABulletinsClose(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Das waren die Nachrichten vom Vermieter, er ist einverstanden",
        "Das waren alle Nachrichten vom Makler, der Preis ist okay",
        "That's all the news I have, call me when you know more",
        "That was all the news from the landlord, he agreed",
        "אלה היו כל החדשות שלי, תחזור אליי",
        "Это были все новости от хозяина, он согласен на цену",
        "Esas fueron todas las noticias del dueño, acepta el precio",
    })
    void aCallersNewsPasses(String text) {
        assertPasses(text);
    }
}
