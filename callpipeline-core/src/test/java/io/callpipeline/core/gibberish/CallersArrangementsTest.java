package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's short goodbye that thanks for the agent's support or follow-up and arranges what comes next, in the words
 * a video's ending is made of: the signing it will meet at ("Thanks for your support, see you at the signing"), the
 * deal's closing or the notary ("Thanks guys, see you at the closing", "Спасибо всем, увидимся на сделке"), the
 * flat's open door or keys ("Привет, ребята, заходите, дверь открыта"), a talk again as Arabic speakers say it
 * ("شكرا على المتابعة، بنحكي قريب", where a video says "نشوفكم"), a word that opens as a goodbye does (Russian's
 * "показ", a flat's showing, opens as "пока", bye; English's "see" was a goodbye without "you"; "fine" and "bouton" opened
 * as French and Spanish "fin" and "bout", the end), the
 * day as Arabic speakers say it rather than as it is written ("شكرا على المتابعة، منحكي بكرا": ICU writes the
 * standard "غدًا"), and the viewing he is put down for ("Запишите меня на просмотр, спасибо": Russian's "просмотр" is a
 * flat's viewing and a video's watching both). Each was judged an ending before. A video's own ending, in the same
 * words, is still caught.
 */
class CallersArrangementsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה על התמיכה, נתראה בחתימה",
        "Thanks for your support, see you at the signing",
        "Спасибо за поддержку, увидимся на подписании",
        "شكرا على دعمك، نشوفك بالتوقيع",
        "Merci pour votre soutien, à la signature",
        "Gracias por tu apoyo, nos vemos en la firma",
        "Danke für die Unterstützung, bis zur Unterschrift",
        "Obrigado pelo apoio, até a assinatura",
    })
    void aGoodbyeTillTheSigningIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks guys, see you at the closing",
        "Thanks guys, see you at the deal",
        "תודה לכולם, נתראה בסגירה",
        "תודה לכולם, נתראה בעסקה",
        "Спасибо всем, увидимся на сделке",
        "Спасибо всем, до встречи у нотариуса",
        "شكرا للجميع، نشوفكم في الصفقة",
        "Merci à tous, à bientôt chez le notaire",
        "Gracias a todos, nos vemos en la notaría",
        "Gracias a todos, hasta la escritura",
    })
    void aGoodbyeTillTheDealOrTheNotaryIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi guys, welcome, come in, the door is open",
        "היי חברים, ברוכים הבאים, הדלת פתוחה",
        "Привет, ребята, заходите, дверь открыта",
        "أهلا يا شباب، تفضلوا، الباب مفتوح",
        "Hola chicos, bienvenidos, la puerta está abierta",
        "Thanks for the keys, see you guys",
        "شكرا على المتابعة، بنحكي قريب",
        "شكرا على المتابعة، منتكلم بعدين",
        "شكرا على المتابعة، منحكي",
    })
    void theDoorTheKeysOrATalkAgainAreACallersOwn(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо всем за показ, было здорово",
        "Покажите, пожалуйста, видео балкона, спасибо",
        "That was a really good video, I could see everything",
        "The video seems fine, thanks",
        "Merci pour la vidéo, je viens en voiture",
        "Gracias por el video, la financiación está aprobada",
        "Merci pour la vidéo, le bouton de l'interphone est cassé",
        "Thanks, my family loved it, see you soon",
        "Thanks, I saw it in the newspaper, see you",
    })
    void aWordThatOpensAsAGoodbyeDoesIsNoGoodbye(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "شكرا على المتابعة، منحكي بكرا",
        "شكرا على المتابعة، نحكي بكرة",
        "شكرا على المتابعة، نتكلم بكره",
        "شكرا على المتابعة امبارح",
        "شكرا على المتابعة، نشوفك باكر",
        "شكرا على المتابعة، نتلاقاو غدوة",
    })
    void aSpokenArabicDayIsAnAppointment(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Запишите меня на просмотр, спасибо",
        "Записались на просмотр, спасибо, до встречи",
        "Поставьте меня в очередь на просмотр, спасибо",
        "Запишіть мене на перегляд, дякую",
        "Put me down for the viewing, thanks",
    })
    void aViewingToGoToIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Waiting for the link, thanks",
        "I'm waiting for the link, thanks",
        "מחכה לקישור, תודה",
        "אני מחכה ללינק, תודה",
        "بستنى الرابط، شكرا",
        "Жду ссылку, спасибо",
        "Чекаю посилання, дякую",
        "J'attends le lien, merci",
        "Espero el enlace, gracias",
        "Aguardo o link, obrigado",
    })
    void aCallerWaitingForTheLinkIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Всем привет, это Дана из агентства",
        "Hello everyone, the agency here",
        "שלום לכולם, כאן הסוכנות",
        "مرحبا بالجميع، معكم الوكالة",
        "Hola a todos, les habla la agencia",
        "Bonjour à tous, ici l'agence",
    })
    void theAgencyGreetingEveryoneIsACall(String text) {
        assertPasses(text);
    }

    /** French and Italian join an elided article to the word ("l'appartement" is read "lappartement"). */
    @ParameterizedTest
    @ValueSource(strings = {
        "Merci pour votre soutien, à bientôt à l'appartement",
        "Merci pour votre attention, à bientôt dans l'immeuble",
        "Grazie per il supporto, ci vediamo all'agenzia",
        "Grazie per il supporto, a presto nell'ufficio",
    })
    void aCallersWordAfterAnElidedArticleIsStillHis(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Жду вас в следующем видео",
        "Жду ваших комментариев, спасибо за просмотр",
        "מחכה לכם בסרטון הבא, תודה שצפיתם",
        "Espero que les haya gustado el video, gracias",
        "Espero que tenham gostado do vídeo, obrigado",
        "Bonjour à tous, bienvenue sur ma chaîne",
        "Ciao a tutti, benvenuti nel mio canale",
        "Merci à tous, à bientôt pour l'épisode suivant",
        "Спасибо за просмотр, до новых встреч",
        "Большое спасибо за просмотр, подписывайтесь на канал",
        "Не забудьте подписаться на канал",
        "Дякую за перегляд, до зустрічі",
        "شكرا على المتابعة، نشوفكم في الحلقة الجاية",
        "Thanks for your support, see you in the next video",
        "תודה על התמיכה, נתראה בסרטון הבא",
        "Gracias por su apoyo, nos vemos en el próximo video",
        "See you in the next video",
        "See ya, thanks for watching",
        "Пока-пока, до встречи в следующем видео",
        "On se voit dans la prochaine vidéo",
    })
    void theSameWordsEndingAVideoAreStillCaught(String text) {
        assertCaught(text);
    }
}
