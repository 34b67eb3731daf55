package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience as the ninety-sixth and ninety-seventh held-back sets spoke to it: thanked for getting this far ("תודה
 * לכל מי שהגיע עד לכאן", "Thanks to everyone who made it this far"), told to stay till the end of today's video at the
 * end of a long opening ("…alors restez bien jusqu'à la fin de la vidéo", "…እስከ መጨረሻው ተከታተሉ"), loved ("אני אוהב
 * אתכם, ביי ביי"). Amharic's "things" ("ነገሮች") was read as its "tomorrow" ("ነገ"), a day that excused the opening. The
 * callers beside them thank one agent for coming, watched a video to its end, stay till the month's end, or love the
 * flat.
 */
class AnAudienceThatGotThisFarOrIsToldToStayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה לכל מי שהגיע עד לכאן, אתם אלופים",
        "Thanks to everyone who made it this far, you guys are awesome",
        "Спасибо всем, кто досмотрел до этого момента, вы лучшие",
        "شكرا لكل اللي وصل لهون، انتو رائعين",
        "Merci à tous ceux qui sont arrivés jusqu'ici, vous êtes géniaux",
        "Hi everyone, I hope you're well, today I'm showing you a lovely four room flat in Ashdod near the beach, so "
                + "stay till the end of the video",
        "Salut à tous, aujourd'hui je vous emmène visiter une villa de six pièces à Césarée avec une grande piscine "
                + "et un jardin, alors restez jusqu'à la fin de la vidéo",
        "ሰላም ውድ ተመልካቾቻችን፣ በዛሬው ቪዲዮ ቤት ስትከራዩ ማወቅ ያለባችሁን ነገሮች እናያለን",
        "אני אוהב אתכם, ביי",
    })
    void anAudienceThankedToldToStayOrLovedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה שהגעת עד לכאן, נתראה בדירה",
        "תודה לכל מי שהגיע היום לבית הפתוח, נדבר מחר",
        "Hi guys, I watched until the end of the video of the flat in Ashdod near the beach, it looks great, is it "
                + "still available",
        "Hi guys, the tenants want to stay till the end of the month in the flat in Ashdod near the beach, it looks "
                + "fine to me, call me back",
        "אני אוהב את הדירה, תתקשר",
        "אני בדרך, ביי",
        "ሰላም፣ ስለ ቤቱ አንድ ነገር ልጠይቅህ ፈልጌ ነው፣ ደውልልኝ",
        "ደህና ሁኑ፣ ነገ በአስር ሰዓት እመጣለሁ",
    })
    void aCallerWhoThanksOneAgentOrStaysTillTheMonthsEndPasses(String text) {
        assertPasses(text);
    }
}
