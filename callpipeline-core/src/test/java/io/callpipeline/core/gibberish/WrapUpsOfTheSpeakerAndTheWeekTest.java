package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fourth held-back set's "Alright guys, that's it for me, peace out" and "that's going to do it for this
 * week's episode": a wrap-up says that everything is done for a time ("today", "now") and was read only so; a
 * presenter says it of his own part ("for me", "from us") and of this week's episode or tonight's show, in every
 * language. A caller who wraps up his own part and goes on to a day, the papers or a question passes.
 */
class WrapUpsOfTheSpeakerAndTheWeekTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay guys, that's all for me, see you.",
        "That's gonna do it for tonight's episode, thanks everyone.",
        "And that's going to do it for this week's show, see you guys.",
        "Voilà, c'est tout pour cette semaine, à bientôt les amis.",
        "Bueno chicos, eso es todo por esta semana, nos vemos.",
        "So, Leute, das war's von mir, tschüss.",
        "Ну что, друзья, на этой неделе у меня всё, пока.",
        "טוב חברים, זה הכל מאיתנו השבוע, ביי.",
    })
    void aWrapUpOfThePresentersPartIsCaught(String text) {
        assertCaught(text);
    }

    /**
     * The week such a wrap-up is for, before a goodbye till the next one, is no week a caller names ("see you next
     * week") though the flat's tour is named.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Alright, that's gonna be it for this week's apartment tour, catch you in the next one.",
        "Bueno, eso es todo por esta semana del recorrido del piso, nos vemos en el próximo.",
        "Вот и всё на этой неделе про квартиры в Хайфе, увидимся в следующем.",
    })
    void aWeeksWrapUpOfTheFlatsTourIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's it for me, I'll send you the documents tomorrow, bye.",
        "It's all for me and my wife, the flat I mean, call me back.",
        "Is that all for this week? I thought the painter comes on Thursday too.",
        "C'est tout pour moi, je vous envoie le dossier demain, au revoir.",
        "Eso es todo por esta semana, el pintor viene el lunes, gracias.",
        "Это всё для меня? Я думал, счета придут на этой неделе.",
        "That's it for this week, the painter comes on Sunday, see you next time.",
        "That's all for this week's rent, I'll pay the rest next time, bye bye.",
    })
    void aCallerWhoWrapsUpHisPartPasses(String text) {
        assertPasses(text);
    }
}
