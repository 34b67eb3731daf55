package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-seventh held-back set's "To wszystko w dzisiejszym odcinku, trzymajcie się", "Dat was het weer voor deze
 * video, tot de volgende keer" and "Ehm... allora... cioè... boh..." and their kin: a wrap-up said of this video or of
 * today's ("in today's episode": an adjective, not "today") was read only as the whole phrases listed per language,
 * Dutch had no wrap-up words at all ("dat was het", that was it), Polish's "take care" and Dutch's "until next time"
 * were no goodbye, and Italian's "boh" and "mah" no filler. A caller who wraps up his own business, asks, names a day
 * or a call back passes.
 */
class WrapUpsOfThisVideoInEveryLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "To wszystko w dzisiejszym filmie, trzymajcie się ciepło",
        "Dat was het weer voor vandaag, tot de volgende keer",
        "Das war alles im heutigen Video, passt auf euch auf",
        "Це все в сьогоднішньому відео, бережіть себе",
        "Eso es todo en este video, cuídense mucho",
        "And that was it for this video, take care",
        "Mah... allora... boh... ecco...",
    })
    void aWrapUpOfThisVideoIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "To wszystko w sprawie mieszkania, trzymaj się, zadzwonię jutro",
        "Dat was het voor de bezichtiging, tot morgen",
        "Das war alles im Video der Wohnung? Ruf mich an",
        "Это всё в видео квартиры, берегите себя, перезвоню завтра",
        "Cuídense mucho, nos vemos el lunes en el piso",
        "Boh, non so se l'appartamento mi piace, ti richiamo",
        "I sent it all in the video, call me back when you can",
    })
    void aCallerWhoWrapsUpHisBusinessPasses(String text) {
        assertPasses(text);
    }
}
