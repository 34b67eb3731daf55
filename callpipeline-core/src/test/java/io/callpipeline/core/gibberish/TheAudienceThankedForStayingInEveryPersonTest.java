package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated grid of video endings (2026-12-07: thanks, an order to like or comment, a goodbye till the next video
 * and a wrap-up crossed in twelve languages, 1,080 endings, 1,011 caught on three draws) found the same ideas passing
 * where a language says them in a form the lists did not hold: the audience thanked for staying or watching to the end
 * in another person or verb ("Gracias por quedaros hasta el final", "Grazie per essere rimasti fino alla fine",
 * "Дякую, що додивилися до кінця", "شكرا لأنكم تابعتوا للآخر", "እስከ መጨረሻ ስለቆያችሁ እናመሰግናለን", "Danke, dass ihr bis
 * zum Ende dabei geblieben seid"), a wrap-up in its other words ("Das war's auch schon wieder", "Videomuz bu kadardı",
 * "C'est fini pour cette vidéo", "የዛሬው ፕሮግራማችን ይሄው ነበር"), and an order to turn the bell on or to comment in the
 * singular ("תפעילו את הפעמון", "Turn on notifications", "Comenta aí o que você achou"). A caller who thanks his agent
 * for staying to the end of a meeting or a deal, turns a boiler on, or tells what his wife says of the flat passes.
 * Left: an Italian caller who thanks for staying to the end of the negotiation and says "ci sentiamo domani" (we'll
 * talk tomorrow), which a podcast says too, is judged, as he was before with "rimasti con noi".
 */
class TheAudienceThankedForStayingInEveryPersonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Gracias por quedaros hasta el final",
        "Gracias por quedaros conmigo hasta el final, nos vemos",
        "Grazie per essere rimasti fino alla fine",
        "Grazie per essere rimasti fino alla fine, alla prossima",
        "Danke, dass ihr bis zum Ende dabei geblieben seid",
        "Дякую, що додивилися до кінця",
        "Дякую, що залишилися з нами до кінця",
        "شكرا لأنكم تابعتوا للآخر",
        "شكرا إنكم ضليتوا معنا للآخر",
        "እስከ መጨረሻ ስለቆያችሁ እናመሰግናለን",
        "Sonuna kadar kaldığınız için teşekkürler",
        "Dziękuję, że zostaliście do końca",
        "Das war's auch schon wieder",
        "Das war's auch schon wieder, bis zum nächsten Mal",
        "Videomuz bu kadardı",
        "Videomuz bu kadardı, hoşça kalın",
        "Voilà, c'est fini pour cette vidéo",
        "C'est terminé pour aujourd'hui, à la semaine prochaine",
        "የዛሬው ፕሮግራማችን ይሄው ነበር",
        "የዛሬው ፕሮግራማችን ይሄው ነበር, ቻው",
        "תפעילו את הפעמון",
        "עד כאן להפעם, תפעילו את הפעמון",
        "Turn on notifications so you never miss a video",
        "Por hoje é só, comenta aí o que você achou",
        "Comenta aí o que você achou do vídeo",
    })
    void anEndingInAnotherPersonOrWordIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gracias por quedaros hasta el final de la firma, mañana os llamo",
        "Grazie per essere rimasti fino alla fine della trattativa, vi chiamo domani",
        "Danke, dass ihr bis zum Ende der Besichtigung dabei geblieben seid, ich rufe morgen an",
        "Дякую, що залишилися до кінця зустрічі, передзвоню завтра",
        "شكرا إنكم ضليتوا معنا للآخر بالمعاملة، بكرا بتصل",
        "Dziękuję, że zostaliście do końca spotkania, zadzwonię jutro w sprawie umowy",
        "Can you turn on the boiler before we come on Sunday?",
        "תפעילו את המזגן לפני שאנחנו מגיעים, בבקשה",
        "Minha esposa comenta que o apartamento é escuro, tem outro no terceiro andar?",
        "Das war's auch schon wieder mit dem Wasserschaden, der Klempner kommt morgen",
    })
    void aCallerWhoThanksForAMeetingOrTurnsSomethingOnPasses(String text) {
        assertPasses(text);
    }
}
