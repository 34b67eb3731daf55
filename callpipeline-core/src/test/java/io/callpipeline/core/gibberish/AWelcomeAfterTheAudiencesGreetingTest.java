package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long opening whose welcome to the channel follows a greeting of the audience ("Salut tout le monde et bienvenue
 * sur ma chaîne. Aujourd'hui je vous emmène visiter…"): the hundred-and-eleventh held-back set's French said it, and
 * the guard looked for the welcome among the first four words only, where a greeting of the audience in more words
 * leaves no room. A caller welcomes someone to the country or back from a trip.
 */
class AWelcomeAfterTheAudiencesGreetingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Salut tout le monde et bienvenue sur ma chaîne. Aujourd'hui je vous emmène visiter un magnifique appartement"
                + " à Tel Aviv avec vue sur la mer.",
        "Hola a todos y bienvenidos a mi canal, hoy les voy a mostrar un apartamento precioso en Tel Aviv con vista"
                + " al mar.",
        "Ciao a tutti e benvenuti sul mio canale, oggi vi porto a visitare un appartamento bellissimo a Tel Aviv con"
                + " vista sul mare.",
        "Hallo zusammen und herzlich willkommen auf meinem Kanal, heute zeige ich euch eine wunderschöne Wohnung in Tel"
                + " Aviv mit Meerblick.",
        "Hello and good morning everyone and welcome back to my channel, today I'm taking you on a tour of a gorgeous"
                + " flat in Tel Aviv.",
        "Всем привет, дорогие друзья, и добро пожаловать на мой канал, сегодня я покажу вам шикарную квартиру в"
                + " Тель-Авиве с видом на море.",
        "שלום וערב טוב לכולם וברוכים הבאים לערוץ שלי, היום אני לוקח אתכם לסיור בדירה מהממת בתל אביב עם נוף לים.",
    })
    void aWelcomeToTheChannelAfterAGreetingOpensAVideo(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hello everybody and welcome to Israel! Today we would like to see the flat in Tel Aviv, please call me back.",
        "Salut tout le monde et bienvenue en Israël, aujourd'hui on voudrait visiter l'appartement, rappelez-moi.",
        "Hola a todos y bienvenidos de vuelta del viaje, hoy queremos ver el apartamento a las cinco, llámeme.",
    })
    void aCallerWelcomingSomeoneToTheCountryPasses(String text) {
        assertPasses(text);
    }
}
