package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the thirtieth held-back set's misses stand for, each said in the set in three languages or more (its rows
 * moved to development): the audience thanked for a year's support ("…and supported the channel this year", "в этом
 * году", "cette année", "este año", "هاي السنة"), where the year read as a thing the thanks was for; a favour asked
 * before a request and the request's reason ("Do me a favor and subscribe, it really helps the channel", "Сделайте
 * доброе дело… это очень помогает", "Rendez-moi service… ça aide vraiment la chaîne"); the verbs Spanish and Arabic
 * watched and supported with ("vieron y apoyaron", "دعم"); "er" and French "genre" among fillers; a German thumbs-up.
 * A caller thanking for a year's help with the flat, or asking a favour of his own, is a caller.
 */
class ThirtiethSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا لكل اللي دعم القناة هاي السنة",
        "Thanks to everyone who watched and supported the channel this year",
        "Спасибо всем, кто смотрел и поддерживал канал в этом году",
        "Merci à tous ceux qui ont regardé et soutenu la chaîne cette année",
        "Gracias a todos los que vieron y apoyaron el canal este año",
        "Thanks for all your support this month",
        "Do me a favor and subscribe, it really helps the channel",
        "Сделайте доброе дело, подпишитесь на канал, это очень помогает",
        "Rendez-moi service et abonnez-vous, ça aide vraiment la chaîne",
        "תעשו לי טובה ותירשמו לערוץ, זה מאוד עוזר",
        "Er... like... so... um...",
        "Bah... genre... euh... ben...",
        "Wenn euch das Video gefallen hat, lasst einen Daumen nach oben da",
    })
    void theThirtiethSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for your help this year, we found a home because of you",
        "Спасибо за помощь в этом году, квартира отличная",
        "Merci pour votre aide cette année, l'appartement est parfait",
        "Do me a favor and send the contract today, my lawyer needs it",
        "Сделайте одолжение, пришлите договор сегодня",
        "Rendez-moi service, envoyez-moi le bail aujourd'hui",
        "It really helps if you send the floor plan, thanks",
        "Er, I meant the third floor, not the second",
        "Genre, l'appartement est trop petit pour nous",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
