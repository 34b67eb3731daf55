package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventy-second held-back set's "Subtitles by Rev.com. Transcription by Maria Lopez. Translation by Daniel Cohen.
 * Review by Anna Schmidt.": a credit block whose last role no list names, written "Role by Name" as credits write
 * "Role: Name". Among credits it is one more; a caller's "by" names a day or goes on in his own words. A caller who
 * asks for something by a day, or names who sent him, passes.
 */
class ARoleByANameAmongCreditsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Translation by Daniel Cohen. Subtitles by Anna Bell. Review by Maria Lopez.",
        "Sous-titres par Julie Martin. Traduction par Paul Durand. Relecture par Anne Petit.",
        "Untertitel von Anna Schmidt. Übersetzung von Jonas Weber. Lektorat von Lena Fischer.",
        "Subtítulos por Carlos Ruiz. Traducción por Ana Gómez. Revisión por Luis Pérez.",
        "Captions by Rev.com. Translation by Sarah Jones. Quality check by Tom Green.",
    })
    void aCreditBlockWithARoleByANameIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, it's Dana. Payment by Friday. Call me by Monday.",
        "Translation by Sunday please. The contract is in English. Call me back.",
        "Hello. Referred by David Cohen. I want to see the flat.",
        "Bonjour. Envoyé par Paul Durand. Je voudrais visiter l'appartement.",
    })
    void aCallerWhoAsksBySomeDayOrNamesWhoSentHimPasses(String text) {
        assertPasses(text);
    }
}
