package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trailer's last line gives its release date beside its cinemas ("In theaters this Friday", "בבתי הקולנוע מיום
 * חמישי", "Ab Donnerstag im Kino"): the held-back sets left three such lines (English, Spanish, Russian), read as a
 * caller's for their day, which names a meeting. A line of nothing but the cinemas, the date, a release's words
 * ("only", "from", "premiere") and little words is a trailer's; a caller who names a cinema and a day says what he
 * will do there or what he wants, and passes.
 */
class TrailersReleaseDateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "In theaters this Friday",
        "Coming to theaters May 5th",
        "בקרוב בבתי הקולנוע, מיום חמישי",
        "בבתי הקולנוע מיום חמישי",
        "قريباً في دور السينما يوم الخميس",
        "في دور السينما ابتداءً من الخميس",
        "Dès mercredi au cinéma",
        "Au cinéma le 12 mai",
        "Ab Donnerstag im Kino",
        "Dal 12 maggio al cinema",
        "Estreia nos cinemas na sexta-feira",
        "В кинотеатрах с 1 мая",
        "En cines a partir del viernes",
    })
    void aTrailersReleaseDateIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Let's meet near the cinema on Friday at ten, next to the building",
        "נפגש ליד הקולנוע ביום חמישי לראות את הדירה",
        "В пятницу в кино не могу, давайте в субботу посмотрим квартиру",
        "Au cinéma jeudi? Non, je visite l'appartement jeudi",
        "Ab Donnerstag im Kino arbeiten, die Wohnung ab Montag frei?",
        "השכן עובד בקולנוע, הוא פנוי מיום ראשון",
        "الشقة قريبة من السينما، بنشوفها يوم الخميس",
    })
    void aCallerWhoNamesACinemaAndADayPasses(String text) {
        assertPasses(text);
    }
}
