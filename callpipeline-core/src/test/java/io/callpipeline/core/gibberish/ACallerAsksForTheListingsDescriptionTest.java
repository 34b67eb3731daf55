package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who asks, in the plural or the formal, to be written the flat's description ("Write me the description of
 * the flat", "כתבו לי את התיאור של הדירה", "Напишите мне описание квартиры"): the request to write and the
 * description were read as a video's order to comment and its box below, in nine languages, until a description or
 * comments of something (the word after them "of" or the flat) said no idea of an ending's. Found while the
 * audience's orders in every person were probed (AnAudienceToldInEveryPersonTest). A video's description is where
 * its links are, and its comments where the audience writes, with nothing of a flat's after them.
 */
class ACallerAsksForTheListingsDescriptionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Write me the description of the flat, please",
        "כתבו לי את התיאור של הדירה",
        "اكتبوا لي وصف الشقة من فضلكم",
        "Напишите мне описание квартиры, пожалуйста",
        "Écrivez-moi la description de l'appartement, s'il vous plaît",
        "Escríbanme la descripción del piso, por favor",
        "Schreibt mir die Beschreibung der Wohnung",
        "Scrivetemi la descrizione dell'appartamento, per favore",
    })
    void aCallerAskingForTheFlatsDescriptionPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Write your thoughts in the comments, all the links are in the description",
        "כתבו לי בתגובות, כל הקישורים בתיאור",
        "Напишите в комментариях, что думаете, все ссылки в описании",
        "Escribid en los comentarios qué os pareció, los enlaces están en la descripción",
        "Schreibt mir eure Meinung in die Kommentare, die Links sind in der Beschreibung",
    })
    void aVideosCommentsAndDescriptionAreStillItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
