package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventieth held-back set's "Before we start, a quick word from today's sponsor" and "ולפני שנתחיל, כמה מילים על
 * נותן החסות של הפרק": a video hands over to the sponsor of today's episode, a broadcast's own line. A sponsor is a
 * caller's word too (a visa's, a relocation's), so only the sponsor of today, of this video or episode, or "our
 * sponsor" the audience is told about, is the video's. A caller whose sponsor is a person or a company passes.
 */
class ASponsorsWordTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "But first, a quick word from today's sponsor.",
        "לפני שנמשיך, מילה מנותן החסות של הפרק.",
        "Но сначала пара слов о спонсоре этого выпуска.",
        "Pero antes, unas palabras de nuestro patrocinador de hoy.",
        "Mais d'abord, un mot du sponsor de cette vidéo.",
        "Aber zuerst ein paar Worte zum heutigen Sponsor.",
        "بس قبل ما نكمل، كلمة سريعة من راعي الحلقة.",
    })
    void aWordFromTodaysSponsorIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My sponsor for the visa is my brother, can you call him about the lease?",
        "The company sponsors our relocation, so today's meeting can be at five.",
        "Hi, the sponsor of the building fund wants a word with you about the roof.",
        "נותן החסות שלי לוויזה הוא אחי, תתקשר אליו לגבי החוזה.",
        "Мой спонсор по визе — брат, перезвоните ему насчёт квартиры.",
    })
    void aCallersSponsorPasses(String text) {
        assertPasses(text);
    }
}
