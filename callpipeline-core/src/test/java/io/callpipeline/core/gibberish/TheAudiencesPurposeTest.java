package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ending's order goes on to the audience's own purpose ("Сохраните видео, чтобы не потерять", "Guarden el video para
 * verlo luego"): a purpose said in an infinitive is the one told to do it, as "you" is, not the speaker's own words
 * after the video, which the thirty-sixth held-back set's Russian and Spanish endings were read as; and what the
 * audience is told to do it for ("para volver a verlo", "so you can come back to it") is no caller arranging to see or
 * come. A caller's purpose has a subject of its own ("чтобы жена посмотрела", "para que mi esposa lo vea") and passes.
 */
class TheAudiencesPurposeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Сохраните это видео, чтобы вернуться к нему позже",
        "Поделитесь видео, чтобы помочь каналу",
        "Збережіть це відео, щоб не загубити",
        "Guarden el video para tenerlo a mano",
        "Comparte este vídeo para ayudar al canal",
        "Salvate il video per non perderlo",
        "Partagez la vidéo pour soutenir la chaîne",
        "Guarden este vídeo para volver a verlo",
        "Salvate il video per rivederlo più tardi",
        "Bookmark this video so you can come back and watch it again",
    })
    void anOrderThatGoesOnToTheAudiencesPurposeIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Сохраните видео, чтобы жена посмотрела вечером",
        "Guarda el video para que mi esposa lo vea",
        "Gracias por el video del piso, para decidir necesitamos verlo",
        "Спасибо за видео, чтобы решить, нам нужно приехать",
        "Thanks for the video, to be honest the kitchen looks small",
        "Send the video to my wife so she can see the flat",
        "Envíe el video a mi esposa para verlo juntos el sábado",
    })
    void aCallersOwnPurposePasses(String text) {
        assertPasses(text);
    }
}
