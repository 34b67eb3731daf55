package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's wrap-up, "that's all for today", said to its audience, of the video, or at more length than a phrase list
 * holds ("And that's all I've got for you today", "На сегодня всё, друзья", "זה הכל לסרטון הזה", "Eso es todo por hoy,
 * amigos"): only the bare phrases were known, so a friend or two added to one made it a call. A caller who wraps up
 * and goes on about the flat, a day or a call back, or asks whether that is all, passes; so does "today" and
 * "everything" said otherwise ("Сегодня всё хорошо, спасибо").
 */
class ThatsAllForTodayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that's all I've got for you today",
        "That's all for this video",
        "That's it for today, guys, see you",
        "זה הכל להיום, חברים",
        "זה הכל לסרטון הזה",
        "וזהו להיום, ביי ביי",
        "На сегодня это всё",
        "На сегодня всё, друзья",
        "Это всё на сегодня, пока",
        "На этом у меня всё, всем пока",
        "На сьогодні все, друзі",
        "هذا كل شيء لهذا اليوم يا أصدقاء",
        "وهذا كل شيء في هذا الفيديو",
        "C'est tout pour aujourd'hui, les amis",
        "C'est tout pour cette vidéo",
        "Eso es todo por hoy, amigos",
        "Esto es todo por este video",
        "É isso por hoje, pessoal",
        "Por hoje é só, pessoal",
        "Das war's für heute, Leute",
        "Per oggi è tutto, ragazzi",
    })
    void aWrapUpToTheAudienceIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's all for today, the flat is rented, bye",
        "זה הכל להיום, נדבר מחר",
        "На сегодня всё, перезвоню завтра",
        "Is that all for today?",
        "هذا كل شيء لليوم، ابعتلي العقد",
        "C'est tout pour aujourd'hui, je vous rappelle demain",
        "Eso es todo por hoy, mañana firmamos el contrato",
        "Сегодня всё хорошо, спасибо",
        "Hoy todo bien, gracias",
        "Today it's all good, thanks",
        "היום הכל בסדר, תודה",
        "That's all I wanted to ask, call me back",
        "Это всё, что я хотел спросить, перезвоните",
    })
    void aCallerWhoWrapsUpAndGoesOnIsACall(String text) {
        assertPasses(text);
    }
}
