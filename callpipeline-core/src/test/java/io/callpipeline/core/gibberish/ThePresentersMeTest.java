package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Thanks for joining me on this house tour, see you in the next one": the pooled held-back misses' English sign-off of
 * an estate agents' channel, and its kin. "Me" right after the audience's watching or joining is the presenter whom the
 * audience watched ("joining me", "смотрели меня", "لمتابعتكم لي"), not a caller asking something for himself
 * ("subscribe me", "Оставьте мне ссылку"), so the flat's tour it names excuses the sign-off no more than a video's
 * words would; Hebrew's "שהצטרפתם" (that you joined) is the audience's joining as English's "joining" is. The
 * fifty-ninth held-back set found the same "me" after "with" ("Thanks for hanging out with me on this tour, don't
 * forget to subscribe"): the presenter's company, never a caller's request ("follow me" is left: a caller says "follow
 * me in your car"). A caller who thanks for being shown the flat, or for watching it with him, and a caller who asks
 * for himself, pass.
 */
class ThePresentersMeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for joining me on this house tour, see you in the next one",
        "Thanks so much for joining me on this condo tour, see you in the next one",
        "Thanks for watching me on this penthouse tour, see you next time, bye bye",
        "Спасибо, что смотрели меня в этом обзоре квартиры, увидимся в следующий раз",
        "Спасибо, что смотрите меня, это был обзор квартиры в Бат-Яме, увидимся в следующий раз, пока",
        "شكرا لمتابعتكم لي في جولة الشقة، نشوفكم المرة الجاية، باي باي",
        "תודה שהצטרפתם אליי לסיור בדירה, נתראה בפעם הבאה",
        "תודה רבה שהצטרפתם לסיור בפנטהאוז, נתראה בפעם הבאה, ביי",
    })
    void theSignOffOfATourThePresenterGaveIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for hanging out with me on this tour, don't forget to subscribe",
        "Thanks for hanging out with me in this loft, don't forget to like and subscribe",
        "Merci d'avoir passé ce moment avec moi dans cet appartement, abonnez-vous",
        "Danke, dass ihr bei dieser Wohnungstour mit mir wart, vergesst nicht zu abonnieren",
    })
    void thePresentersCompanyAndFollowingAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for showing me the flat, see you next time",
        "Thanks for joining me today at the flat, see you next week",
        "Thanks for watching the flat with me today, see you Sunday",
        "Subscribe me to your list of new apartments please, see you next time",
        "Thanks for spending the afternoon with me at the flat, see you Sunday",
        "Спасибо, что показали мне квартиру, увидимся в следующий раз",
        "Оставьте мне ссылку на обзор квартиры, спасибо, увидимся",
        "תודה שהראית לי את הדירה, נתראה בפעם הבאה",
        "אני רוצה להצטרף לסיור בדירה ביום שלישי, תודה, נתראה",
        "شكرا إنك وريتني الشقة، نشوفك المرة الجاية",
    })
    void aCallerWhoThanksForTheFlatOrAsksForHimselfPasses(String text) {
        assertPasses(text);
    }
}
