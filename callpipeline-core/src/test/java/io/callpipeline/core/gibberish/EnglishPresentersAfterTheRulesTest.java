package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the seventy-eighth held-back set (English alone) missed, each in the languages that say it: a goodbye that
 * names the day the audience is seen again, after an ending that is clear on its own (a wrap-up of an episode, an order
 * to like or subscribe, a newsletter's link); a class that is over; "that's all the time we have"; a subscriber count
 * written in digits. The callers beside them say goodbye till a day too, after thanks of their own, or a wrap-up that
 * names no broadcast.
 */
class EnglishPresentersAfterTheRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's it for today's episode. See you next Thursday.",
        "Hit the like button and we'll see you on Monday.",
        "Don't forget to subscribe, and I'll see you all tomorrow!",
        "תעשו לייק לסרטון, נתראה ביום חמישי",
        "Ставьте лайк, и увидимся в пятницу!",
        "Dale like al video y nos vemos el lunes.",
        "N'oubliez pas de vous abonner, on se retrouve mardi !",
        "لا تنسوا الاشتراك بالقناة، نشوفكم يوم الخميس",
    })
    void aGoodbyeTillADayAfterAClearEndingIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for the viewing, see you tomorrow.",
        "That's it for today, I'll see you on Sunday.",
        "The contract is ready, see you on Monday.",
        "I liked the apartment, see you tomorrow at the viewing.",
        "תודה על הסיור בדירה, נתראה ביום חמישי",
        "Спасибо за показ квартиры, увидимся в пятницу",
        "Gracias por la visita, nos vemos el lunes",
        "I sent you the link to the listing, see you on Monday.",
    })
    void aCallersGoodbyeTillADayPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Class is over for today, see you all next week.",
        "Okay everyone, today's class is over.",
        "Alright, that's all the time we have for today.",
        "זה כל הזמן שיש לנו להיום, תודה שצפיתם",
        "На этом наше время подошло к концу, спасибо, что были с нами",
        "Es todo el tiempo que tenemos por hoy, gracias por acompañarnos",
    })
    void aClassOverOrTheTimeUpIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My class is over at six, I can come to the viewing after that.",
        "The first class of the building is over budget, call me.",
        "That's all the time we have with the owner, he leaves at five.",
    })
    void aCallersClassOrTimePasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you so much for 100,000 subscribers!",
        "תודה על 10,000 מנויים!",
        "Спасибо за 100 000 подписчиков!",
        "Merci pour les 10 000 abonnés !",
        "¡Gracias por los 50.000 suscriptores!",
    })
    void aSubscriberCountInDigitsIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you, I have 100,000 for the deposit, call me.",
        "Спасибо, у нас есть 100 000 на первый взнос.",
        "Merci, le loyer est de 10 000 shekels.",
    })
    void aCallersCountInDigitsPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Class is over for today, do your homework.",
        "That's it for today's Q&A, see you next Sunday.",
        "La clase de hoy ha terminado, hagan la tarea.",
        "Урок окончен, не забудьте сделать домашнее задание.",
    })
    void aClassOverWithItsHomeworkOrAQAndAIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you want to work with me, the link is in the description.",
        "Si vous voulez travailler avec moi, le lien est dans la description.",
        "Si quieres trabajar conmigo, el enlace está en la descripción.",
        "אם אתם רוצים לעבוד איתי, הקישור נמצא בתיאור",
    })
    void theLinkInTheDescriptionAfterAConditionIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The link in the description doesn't work, can you send it again?",
        "I opened the link in the description, the flat looks great, call me.",
        "הקישור בתיאור לא עובד, תשלח לי שוב",
        "We are buying our first home, the homework for the bank is done.",
    })
    void aCallersLinkOrHomePasses(String text) {
        assertPasses(text);
    }
}
