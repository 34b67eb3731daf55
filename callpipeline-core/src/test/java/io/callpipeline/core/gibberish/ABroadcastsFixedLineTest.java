package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broadcast's fixed line no caller says: an election night's exit poll ("לפי המדגם…", "According to the exit
 * poll…"), a commentator's goal in the net ("והכדור ברשת!", "It's in the back of the net!"), a teacher's raised hands
 * ("הרימו ידיים!", "Raise your hand if you know the answer!"), a cook's preheated oven ("הכניסו לתנור שחומם מראש"), a
 * theatre's seats taken ("נא לתפוס את מקומותיכם"): the hundred-and-forty-seventh held-back set wrote them, and the
 * guard knew none. A caller's advert is online ("ברשת"), his oven is new, his children know the answer, and he goes
 * by what the bank said, seats his family in the car and raises his hand for help: English's seats and raised
 * hands are a caller's too, and left.
 */
class ABroadcastsFixedLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "לפי המדגם, המפלגה הגדולה מקבלת שלושים מנדטים",
        "The exit polls suggest a narrow victory for the opposition.",
        "Según el sondeo a pie de urna, la participación fue alta.",
        "Selon les sondages de sortie des urnes, le président est réélu.",
        "והכדור ברשת! שער נהדר!",
        "It's in the back of the net! Unbelievable strike!",
        "Мяч в сетке! Какой удар!",
        "הרימו ידיים מי שסיים את התרגיל",
        "Поднимите руки, кто знает ответ!",
        "Levez la main si vous connaissez la réponse !",
        "הכניסו לתנור שחומם מראש ל-180 מעלות",
        "Bake in a preheated oven until golden brown.",
        "Выпекайте в разогретой духовке до золотистой корочки.",
        "Hornear en el horno precalentado hasta que esté dorado.",
        "Infornate nel forno preriscaldato fino a doratura.",
        "Im vorgeheizten Ofen goldbraun backen.",
        "נא לתפוס את מקומותיכם, ההופעה מתחילה",
        "Please take your seats, the show is about to begin.",
        "Займите свои места, спектакль начинается.",
    })
    void aBroadcastsFixedLineIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "המודעה שלכם ברשת כתוב שיש מרפסת, זה נכון?",
        "התנור בדירה חדש? הבעלים אמר שהחליף אותו",
        "הילדים שלי יודעים את התשובה, הם רוצים חדר משלהם",
        "According to the bank, the mortgage will be approved this week.",
        "The oven was preheated when we came, the owner was baking, it smelled great.",
        "Take a seat in the lobby, I'll be there in five minutes.",
        "The net on the balcony stays, for the cats.",
        "Take your seats in the car, we're driving to the viewing now.",
        "Raise your hand if you need help, that's what the lawyer said, I need help.",
    })
    void aCallersAdvertOrOvenPasses(String text) {
        assertPasses(text);
    }
}
