package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One ending that names the medium it ends (a video, a stream, an episode), beside only pieces that lean to it: a
 * word to the audience ("chat"), a compliment and a goodbye, or the offer of the sponsor it names. The
 * hundred-and-sixty-seventh held-back set's stream ("Thanks for hanging out with me on stream tonight, chat, you guys
 * are the best, good night") and three pooled English sponsor reads passed: each too long for a short rule, read
 * piece by piece it held one ending judged and one piece of an ending's words, and one judged is what a caller's
 * "thanks for your time, …, bye" holds too. A caller does not name the medium he thanks for or is sponsored by, so such
 * an ending counts as two. A caller who thanks for the video he was sent, or saw the agency's, passes.
 */
class AnEndingThatNamesItsMediumWithOnlySignOffsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you all so much for watching the stream with me tonight, chat, you guys are the best, good night",
        "This video is sponsored by Squarespace. The first two hundred people who sign up with the link in the "
                + "description save ten percent.",
        "Este episodio es patrocinado por Audible. Los primeros doscientos que se registren con el enlace de la "
                + "descripción ahorran un diez por ciento.",
        "Cet épisode est sponsorisé par Audible. Les deux cents premiers qui s'inscrivent avec le lien en description "
                + "économisent dix pour cent.",
    })
    void anEndingThatNamesItsMediumIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I watched your video. You guys are the best. Bye.",
        "Thanks for the video you sent. You guys are great. Bye.",
        "Thanks for the video. You guys are the best. Bye.",
        "תודה על הסרטון ששלחת. אתה תותח. ביי.",
        "ראיתי את הסרטון שלכם. אתם הכי טובים. ביי.",
        "Спасибо за видео, которое вы прислали. Вы лучшие. Пока.",
        "Gracias por el video. Son los mejores. Chao.",
        "Thank you so much for your time today, you guys are the best, have a great weekend, bye",
        "I watched your video on YouTube. Can you send me the link from the description? It doesn't open.",
        "Ich habe euer Video gesehen, danke, ihr seid die Besten, der Link in der Beschreibung geht aber nicht.",
    })
    void aCallersThanksForAVideoPasses(String text) {
        assertPasses(text);
    }
}
