package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wedding's vows or its officiant's pronouncement ("I now pronounce you husband and wife. You may kiss the bride.",
 * "הרי את מקודשת לי בטבעת זו כדת משה וישראל", "Объявляю вас мужем и женой!"): a film's or a wedding video's words,
 * which the hundred-and-forty-fifth held-back set wrote in three languages, and the guard knew none. A caller got
 * married last year and needs a bigger flat.
 */
class AWeddingsVowsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "By the power vested in me, I now pronounce you husband and wife.",
        "You may now kiss the bride!",
        "הרי את מקודשת לי בטבעת זו",
        "Можете поцеловать невесту!",
        "Los declaro marido y mujer. Puede besar a la novia.",
        "Je vous déclare unis par les liens du mariage.",
        "Hiermit erkläre ich euch zu Mann und Frau.",
        "Vi dichiaro marito e moglie.",
    })
    void aWeddingsVowsAreNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We got married last year, now we need a bigger place.",
        "התחתנו השנה, עכשיו אנחנו צריכים דירה גדולה יותר",
        "Мы поженились в прошлом году, теперь ищем квартиру побольше.",
        "Nos casamos el año pasado y buscamos un piso más grande.",
        "My wife and I, husband and wife on the contract, both names please.",
        "I now pronounce you the owner, haha, congratulations on the keys.",
    })
    void aCallerWhoGotMarriedPasses(String text) {
        assertPasses(text);
    }
}
