package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's wish that his audience take care of itself on the way home or in the weather ("Drive home safe",
 * "Stay warm out there", "תתלבשו חם", "Одевайтесь теплее", "Couvrez-vous bien", "tornate a casa sani e salvi"): the
 * hundred-and-twenty-third and -fourth held-back sets ended a comedian's show and a weather forecast with one in five
 * languages, and the guard read the wish as the caller's own sentence beside an ending it knew. A caller wishes his
 * agent the same on the way to a viewing, beside the building, the hour and the entrance of his own business.
 */
class ACareWishToTheAudienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "You've been a wonderful audience. Get home safely, and goodnight!",
        "That's all for today's episode. Stay warm out there, and see you next week!",
        "הייתם קהל נהדר. סעו הביתה בזהירות, לילה טוב!",
        "תודה שצפיתם! תתלבשו חם ותשמרו על עצמכם.",
        "Это был прогноз погоды. Не забудьте зонтики и одевайтесь теплее!",
        "Vous étiez un public génial, rentrez bien chez vous !",
        "Siete stati un pubblico fantastico, tornate a casa sani e salvi!",
        "Merci à tous d'avoir regardé ! Couvrez-vous bien et rentrez prudemment.",
        "شكراً على المشاهدة! البسوا ملابس دافئة وانتبهوا على الطريق.",
        "¡Gracias por ver el video! Abríguense bien y manejen con cuidado.",
    })
    void anEndingWithAWishOfCareIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Drive safe, I'm waiting at the building, the parking is behind it.",
        "Take an umbrella, it's raining here by the flat, see you at the entrance at five.",
        "Thanks for the tour, drive home safe, we'll decide about the offer by Monday.",
        "סעו בזהירות, הכביש לדירה רטוב, נתראה בכניסה בחמש",
        "Одевайтесь теплее, в квартире пока не топят, увидимся в пять у подъезда.",
        "Couvrez-vous bien, l'appartement n'est pas chauffé, on se voit à cinq heures.",
        "Tornate a casa sani e salvi, ci vediamo domani alle cinque davanti al palazzo.",
    })
    void aCallerWhoWishesHisAgentCarePasses(String text) {
        assertPasses(text);
    }
}
