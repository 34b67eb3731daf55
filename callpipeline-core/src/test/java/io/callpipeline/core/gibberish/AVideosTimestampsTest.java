package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's timestamps or chapters pointed at, to skip ahead ("Timestamps are in the description if you want to skip
 * ahead", "חותמות הזמן נמצאות בתיאור, תדלגו למה שמעניין אתכם"): the hundred-and-forty-first held-back set wrote them,
 * and the guard read the description only as a link's place, with at most a word after it. A caller reads a
 * listing's description and asks what it leaves out.
 */
class AVideosTimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Timestamps are down below if you want to jump to your favourite part.",
        "Chapters are in the description, so feel free to skip around.",
        "חותמות הזמן נמצאות בתיאור, תדלגו למה שמעניין אתכם",
        "חותמות זמן למטה בתיאור, תקפצו לחלק שמעניין אתכם",
        "Таймкоды в описании, переходите к нужной части.",
        "Las marcas de tiempo están en la descripción, salten a la parte que quieran.",
        "Die Zeitstempel findet ihr in der Beschreibung.",
        "Les chapitres sont dans la description, passez directement à la partie qui vous intéresse.",
        // Italian's plural article "i" is no English "I" telling what he will do
        "I capitoli del video sono nella descrizione.",
        "I timestamp sono nella descrizione, buona visione.",
    })
    void aVideosTimestampsPointedAtAreNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In the description of the flat it says there's a balcony, is that right?",
        "The description says three rooms, but I counted two.",
        "בתיאור של הדירה כתוב שיש מרפסת, זה נכון?",
        "В описании квартиры написано, что есть балкон, это правда?",
        "En la descripción dice que tiene terraza, ¿es verdad?",
        "Can you skip ahead to the part about the parking, I'm in a hurry.",
        "Los capítulos del reglamento están abajo en el contrato.",
    })
    void aCallerReadingAListingsDescriptionPasses(String text) {
        assertPasses(text);
    }
}
