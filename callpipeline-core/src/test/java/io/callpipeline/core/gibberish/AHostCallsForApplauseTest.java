package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A host calls for applause for the act, or a performer thanks the crowd for being one ("Give it up one more time for
 * our headliner tonight!", "תנו מחיאות כפיים חזקות לאורח שלנו הערב!", "You've been an amazing audience"): a club's,
 * a concert's or a stand-up's words, which the hundred-and-thirty-ninth and hundred-and-forty-first held-back sets
 * wrote and the guard took for a caller's (a guest, tonight). A caller gives up a flat, not "gives it up for" anyone,
 * and his audience is the bank's clerk he got to see.
 */
class AHostCallsForApplauseTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Ladies and gentlemen, give it up for the amazing Dana Levi!",
        "Let's hear it for our next comedian, all the way from Haifa!",
        "Put your hands together for the band, everybody!",
        "You've been an amazing audience, goodnight!",
        "מחיאות כפיים סוערות לזמרת שלנו!",
        "הייתם קהל מדהים, לילה טוב!",
        "Давайте поддержим аплодисментами нашего гостя!",
        "Вы были прекрасной публикой, спасибо!",
        "¡Un fuerte aplauso para nuestro invitado de esta noche!",
        "Einen großen Applaus für unseren nächsten Künstler!",
        "Un grand merci, vous avez été un public formidable !",
        "تصفيق حار لفرقتنا الليلة!",
    })
    void aHostsCallForApplauseIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Honestly I'm not ready to give it up yet, give me one more week to think.",
        "My wife says give it up for now, the flat is too expensive.",
        "Let's hear it from the lawyer first, then we decide.",
        "I got an audience with the bank manager on Sunday at ten.",
        "אני לא מוותר על הדירה, תן לי עוד שבוע לחשוב",
        "Вы были очень добры, спасибо за показ квартиры, я перезвоню завтра.",
        "Usted ha sido muy amable, le llamo el lunes por el piso.",
        "Please give it up for the other buyer, he offered more.",
        "We'll give it up for our daughter, she needs the room.",
        "You guys have been so patient with us, thank you.",
        "Вы были правы, публика в этом районе тихая.",
    })
    void aCallerGivingUpOrThankingPasses(String text) {
        assertPasses(text);
    }
}
