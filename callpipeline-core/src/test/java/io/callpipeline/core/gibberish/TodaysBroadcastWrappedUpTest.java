package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the eighty-fourth held-back set (written against the session's own rules) missed, in the languages that
 * say them: a wrap-up with today's broadcast between "everything" and "today" ("C'est tout pour l'épisode
 * d'aujourd'hui", "Eso es todo por el episodio de hoy", "זה הכל לפרק של היום"), before a goodbye till a day; and a
 * Hebrew opening whose presenter is "going to show you" ("אני הולכת להראות לכם"); and a long opening whose subject, told
 * after the presenter's "I'm going to show you", names what a caller pays or sends, which is the video's subject. The callers beside them wrap up without a broadcast, send the flat's videos, or want to show their own flat.
 */
class TodaysBroadcastWrappedUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "C'est tout pour l'épisode d'aujourd'hui, on se retrouve vendredi.",
        "Eso es todo por el episodio de hoy, nos vemos el lunes.",
        "זה הכל לפרק של היום, נתראה ביום חמישי",
        "Questo è tutto per il video di oggi, ci vediamo giovedì.",
        "Das war alles für die heutige Folge, wir sehen uns am Montag.",
    })
    void aWrapUpOfTodaysBroadcastBeforeADayIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "היי חברים, היום אני הולכת להראות לכם איך מעצבים סלון קטן",
        "היי חברים, בסרטון של היום אני הולך להראות לכם איך חוסכים על דמי תיווך ולא משלמים יותר מדי על השכירות",
        "שלום לכולם, היום אני הולך להראות לכם שלושה טריקים לשיפוץ מטבח",
        "Hey guys, in today's video I'm going to show you how to pay less rent and never send a deposit by bank transfer again",
        "היי חברים, בסרטון של היום אני הולך להראות לכם איך לא לשלם יותר מדי על שכירות ואיך לא לשלוח פיקדון בהעברה",
        "Всем привет, в сегодняшнем видео я покажу вам, как не платить лишнего за аренду и не отправлять залог переводом",
    })
    void aPresenterGoingToShowIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Eso es todo por hoy, nos vemos el lunes en la notaría.",
        "I'll send all the videos of the flat today, see you on Friday.",
        "היי, אני רוצה להראות לכם את הדירה שלי, תחזרו אליי",
        "היי חברים, זה דני, היום אני הולך להראות לקונים את הדירה בשש, תתקשרו אם משהו",
        "C'est tout pour aujourd'hui, merci, on se voit jeudi pour signer le bail.",
        "Hey guys, I want to pay the deposit for the flat in today's video, I'm going to show you the receipt, send me the account",
    })
    void aCallersWrapUpOrShowingPasses(String text) {
        assertPasses(text);
    }
}
