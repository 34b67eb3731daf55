package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two kinds the seventy-eighth held-back set (English alone) left: a milestone thanked with "I couldn't have done it
 * without you" ("Thank you all so much for 100,000 subscribers, I couldn't have done it without you"), whose gratitude
 * said in every caller's words is a thanks; and a sponsor's offer after its name ("The first thousand people to use
 * the link get a free trial"), a trial or a month free said to whoever uses the link. The callers beside them thank
 * their agent in the same words, or ask whether a service has a trial. (Spanish's "las primeras" is read as an hour,
 * "las" before a number, which excuses "Las primeras mil personas…": noticed, left.)
 */
class AMilestonesThanksAndASponsorsOfferTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you all so much for 50,000 subscribers, I couldn't have done it without you guys.",
        "תודה רבה לכולכם על עשרת אלפים מנויים, לא הייתי מצליח בלעדיכם",
        "Спасибо всем за сто тысяч подписчиков, без вас я бы не справился",
        "Gracias a todos por los cien mil suscriptores, no lo habría logrado sin ustedes",
        "Merci à tous pour les dix mille abonnés, je n'aurais pas pu le faire sans vous",
    })
    void aMilestoneThankedAsDoneTogetherIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This episode is sponsored by Audible. The first five hundred people to use the link get a free trial.",
        "הסרטון הזה בחסות אודיבל. חמש מאות הראשונים שישתמשו בקישור יקבלו תקופת ניסיון חינם.",
        "Спонсор этого видео — Skillbox. Первые сто человек по ссылке получат бесплатный пробный период.",
        "Este video está patrocinado por Audible. Las mil primeras personas que usen el enlace tendrán una prueba "
                + "gratis.",
    })
    void aSponsorsOfferAfterItsNameIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you so much for finding us the flat, I couldn't have done it without you.",
        "תודה רבה על הכל, לא הייתי מצליח בלעדיך, נדבר מחר",
        "Спасибо за помощь с ипотекой, без вас я бы не справился",
        "Hi, does the property management app you mentioned have a free trial? Call me back.",
        "Gracias por todo, no lo habría logrado sin ustedes, nos vemos en la firma",
    })
    void aCallersThanksOrQuestionOfATrialPasses(String text) {
        assertPasses(text);
    }
}
