package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's sentence with the credit Whisper glued to its end ("50 € это будет стоить. Субтитры делал DimaTorzok",
 * as a Russian call log reports it) is a call with an invented tail, not an invention: the ninth held-back set's
 * source kept it as speech and the guard judged it a credit. A credit with only thanks and goodbyes beside it, or a
 * credit's name after a dot, stays an invention.
 */
class InventedTailTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "50 € это будет стоить. Субтитры делал DimaTorzok",
        "Квартира на третьем этаже, перезвоните. Субтитры создавал DimaTorzok",
        "The flat is on the third floor, call me back. Subtitles by the Amara.org community",
        "הדירה בקומה שלישית, תחזור אליי. כתוביות: אבי כהן",
        "L'appartement est au troisième étage, rappelez-moi. Sous-titres réalisés par la communauté d'Amara.org",
    })
    void aCallersSentenceWithACreditTailIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо. Субтитры сделал DimaTorzok Пока.",
        "Субтитры создавал DimaTorzok",
        "Редактор субтитров А.Семкин Корректор А.Егорова",
        "Sous-titres: M. Jean Pierre Dupont",
        "Thanks. Subtitles by the Amara.org community. Bye.",
        "자막 제공 및 자막 편집",
        "Untertitel im Auftrag des ZDF für funk, 2017",
    })
    void aCreditWithOnlyPleasantriesOrANameBesideItIsNoCall(String text) {
        assertCaught(text);
    }
}
