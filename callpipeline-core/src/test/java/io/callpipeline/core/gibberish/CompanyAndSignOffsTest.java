package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endings whose idea lies in a phrase rather than a word: the audience thanked for its company ("Всем спасибо, кто
 * был с нами сегодня", "תודה לכל מי שהיה איתנו היום"; in spoken Arabic "شكرا إنكم كنتوا معنا", a probe's miss), a presenter who signs off ("كان معكم محمد، إلى اللقاء"), the
 * viewer not subscribed yet ("If you haven't subscribed to the channel yet, now's the time"), each one of the audience
 * ("I appreciate every single one of you"), a video to share with someone who needs it, a short order to like, and a
 * credit of two jobs ("Перевёл и озвучил Дмитрий"). Each word of these is every caller's ("with", "us", "was", "yet",
 * "time"), so only the phrase says it. A caller who says such words of his own flat, deposit or documents passes.
 */
class CompanyAndSignOffsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Всем спасибо, кто был с нами сегодня",
        "Спасибо, что были с нами, до встречи",
        "תודה לכל מי שהיה איתנו היום",
        "תודה לכל מי שצפה עד הסוף",
        "Thanks to everyone who was with us today",
        "Thank you for being with us, see you soon",
        "شكرا لكل من كان معنا اليوم",
        "شكرا لكل من تابع حتى النهاية",
        "Merci à tous ceux qui étaient avec nous aujourd'hui",
        "Gracias a todos los que estuvieron con nosotros hoy",
        "Danke an alle, die heute dabei waren",
        "شكرا إنكم كنتوا معنا، إلى اللقاء",
        "شكرا انكم كنتو معانا، باي",
    })
    void theAudienceThankedForItsCompanyIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "كان معكم محمد، إلى اللقاء",
        "كانت معكم سارة، شكرا لكم",
        "איתכם היה דני, להתראות",
        "הייתי איתכם, רוני כהן, להתראות",
        "С вами был Дмитрий, спасибо за внимание",
        "З вами був Андрій, до зустрічі",
        "Les habló Juan Pérez, hasta la próxima",
        "Se despide María, nos vemos pronto",
    })
    void aPresenterSigningOffIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you haven't subscribed to the channel yet, now's the time",
        "Если вы ещё не подписались, самое время",
        "אם עוד לא נרשמתם לערוץ, זה הזמן",
        "Si aún no te has suscrito, es el momento",
        "Si vous n'êtes pas encore abonné, c'est le moment",
        "Wenn du noch nicht abonniert hast, jetzt ist die Zeit",
    })
    void theViewerNotSubscribedYetIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I appreciate every single one of you",
        "Thank you, each and every one of you",
        "תודה לכל אחד ואחת מכם",
        "Спасибо каждому из вас",
        "شكرا لكل واحد منكم",
        "Gracias a cada uno de ustedes",
        "Share this with someone who needs to see it",
        "שתפו את זה עם מי שצריך את זה",
        "Поделитесь этим с тем, кому это нужно",
        "شاركوا هذا مع من يحتاجه",
        "Дай лайк",
        "תעשו לייק",
        "Dale like",
    })
    void theAudienceOneByOneOrAskedToShareIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Перевёл и озвучил Дмитрий",
        "Translated and voiced by Michael Brown",
        "Narrated by Michael Brown",
        "Traducido y doblado por Carlos Ruiz",
        "Traduit et sous-titré par Marie Dubois",
    })
    void aCreditOfTwoJobsIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Перевёл задаток, спасибо",
        "Озвучьте, пожалуйста, вашу цену",
        "С вами была моя жена на просмотре, она в восторге",
        "كان معكم أحمد أمس في الشقة؟",
        "איתכם היה אתמול בעלי בדירה",
        "Thanks to everyone at the office, see you Sunday",
        "Спасибо, что связались с нами по поводу квартиры",
        "Thanks for working with us on the sale",
        "תודה שהייתם איתנו לאורך כל הדרך עם הדירה",
        "Если вы ещё не получили документы, позвоните мне",
        "אם עוד לא שלחתם את החוזה, זה הזמן",
        "If you haven't sent the contract yet, please do",
        "Si aún no firmaste el contrato, es el momento",
        "I appreciate your help, see you tomorrow",
        "Share the listing with my wife please",
        "תשלח את זה לאשתי שתראה",
        "Дайте знать, спасибо",
        "תעשו לי טובה ותחזרו אליי",
        "Narrated the whole story to my lawyer, call me",
        "I translated and signed the contract",
        "Gracias a cada uno de ustedes por la visita al piso",
        "Thanks to each one of you for the viewing",
        "كنتوا معنا بالشقة امبارح، شكرا",
    })
    void aCallerSayingSuchWordsOfHisOwnIsACall(String text) {
        assertPasses(text);
    }
}
