package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ordinals counted in order whose words are also other words (the forty-fifth held-back set missed "ראשון, שני,
 * שלישי, רביעי, חמישי, שישי, שביעי, שמיני"): Hebrew's first six ordinals are the weekdays' names and Portuguese's
 * second to sixth feminine ones are too, which the count leaves out so that a caller may name his free days; an
 * ordinal that names no day going on from them in order ("שישי, שביעי") makes the run a count's, the week having no
 * seventh working day to name. And an ordinal that is a caller's word ("quarto", fourth and a room) is a number in a
 * count, not the caller's thing that excuses it. Callers naming their days, or rooms by number, pass.
 */
class OrdinalsThatAreOtherWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ראשון, שני, שלישי, רביעי, חמישי, שישי, שביעי, שמיני",
        "ראשון, שני, שלישי, רביעי, חמישי, שישי, שביעי, שמיני, תשיעי, עשירי",
        "ראשונה, שנייה, שלישית, רביעית, חמישית, שישית, שביעית",
        "primeiro, segundo, terceiro, quarto, quinto, sexto, sétimo",
        "primo, secondo, terzo, quarto, quinto, sesto, settimo",
    })
    void orderedOrdinalsAreACount(String text) {
        assertCaughtAs(text, CountingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "אני פנוי ביום ראשון, שני, שלישי ורביעי אחרי הצהריים",
        "ראשון, שני או שלישי, בשביעי בחודש אני כבר לא פה",
        "ראשון, שני, שלישי, רביעי, חמישי, כל יום חוץ משישי",
        "Um quarto, dois quartos ou três quartos, depende do preço",
        "Posso visitar na segunda, terça ou quarta, depois das cinco",
        "Il quarto piano o il quinto, basta che ci sia l'ascensore",
    })
    void aCallerNamingDaysOrRoomsPasses(String text) {
        assertPasses(text);
    }
}
