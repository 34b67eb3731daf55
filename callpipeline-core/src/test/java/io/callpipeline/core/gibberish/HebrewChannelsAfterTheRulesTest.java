package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the seventy-fourth held-back set (Hebrew alone) missed, each in the languages that say it: a welcome to the
 * vlog or the channel beside the flat it tours, whose words a caller's are too; a lesson said to have ended with
 * "today's" between ("השיעור של היום הסתיים"); a list of the orders only a video gives, like, subscription and bell, beside
 * the tour liked; a season's or an episode's ordinal, which is Hebrew's and Portuguese's Monday too ("העונה השנייה",
 * "segunda temporada"). The callers beside them name the flat, a day or an hour of their own.
 */
class HebrewChannelsAfterTheRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "היי חברים, ברוכים הבאים לערוץ, היום אני לוקח אתכם לסיור בפנטהאוז ברמת גן",
        "Hey guys, welcome to my vlog, today I'm taking you on a tour of our new flat",
        "Всем привет, добро пожаловать на мой канал, сегодня я покажу нашу новую квартиру",
        "أهلا فيكم بقناتي، اليوم باخدكم بجولة في الشقة الجديدة",
    })
    void aWelcomeToTheVlogBesideTheFlatIsCaught(String text) {
        assertCaught(text);
    }

    /**
     * Found in the review: the welcome "back" or "again" to the channel, whose word and article put the channel past
     * the reach a welcome's video was read within.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Hey guys, welcome back to the channel, today I'm touring a gorgeous flat in Haifa",
        "Bienvenue à nouveau sur ma chaîne, aujourd'hui on visite un appartement à Haïfa",
        "Hola a todos, bienvenidos de nuevo a mi canal, hoy visitamos un piso en Haifa",
        "ברוכים השבים לערוץ שלי, היום אנחנו בדירה בחיפה",
    })
    void aWelcomeBackToTheChannelBesideTheFlatIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "השיעור של היום הסתיים, נתראה בשבוע הבא",
        "Today's lesson is over, see you next week",
        "Сегодняшний урок окончен, увидимся на следующей неделе",
        "La clase de hoy ha terminado, nos vemos la próxima semana",
    })
    void aLessonThatEndedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ואם אהבתם את הדירה, לייק, הרשמה ופעמון",
        "If you liked the apartment, like, subscribe and hit the bell",
        "Если понравилась квартира, лайк, подписка и колокольчик",
        "وإذا عجبتكم الشقة، لايك واشتراك وتفعيل الجرس",
    })
    void theOrdersOnlyAVideoGivesBesideTheFlatAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ברוכים הבאים לעונה השנייה של הסדרה",
        "ברוכים הבאים לפרק השני של הפודקאסט",
        "Bem-vindos à segunda temporada do canal",
    })
    void anEpisodesOrdinalIsNoDayIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ברוכים הבאים לדירה, אני מחכה לכם למטה ביום שני",
        "Welcome home! I saw the video of the flat, call me on Monday",
        "השיעור של הבן שלי הסתיים, אני מגיע לדירה בשש",
        "אהבנו את הדירה, עשיתי לייק לפוסט שלך, נדבר ביום שני",
        "Olá, a segunda visita ao apartamento pode ser na segunda-feira?",
        "היי חברים, אני לוקח אתכם לראות את הדירה מחר בחמש",
        // a Debian fortune the lesson's rule judged an ending, "the news to the end", till a "today" was asked for
        "Hallo Nachrichten-bis-zu-Ende-Glotzer!",
    })
    void aCallerWhoNamesTheFlatADayOrAnHourPasses(String text) {
        assertPasses(text);
    }
}
