package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An advertisement's order to call a number, alone or beside a video's ending, a website pointer or a card ("Call
 * 1-800-555-0199 today for a free quote. Thanks for watching!", "לפרטים והזמנות חייגו *6050", "Appelez le 01 23 45 67
 * 89"): the forty-seventh held-back set's misses were all of this kind, read as a call because a number and the word
 * "call" are a caller's too. The order is the audience's imperative with the number just beside it, nothing between
 * but "now", "us" or "the number"; a caller puts himself there ("call me at", "תחזרו אליי ל", "Llámame al",
 * "اتصلوا فيّ") or says something of his own beside it, and passes. Nine digits whose check holds are redacted as an
 * identity number, which is a caller's however little else he says; told to be dialled, they are a phone's. The
 * pieces of a long invention are read by the advertisement's rule and the cards' too (chapter marks, then an ending).
 */
class OrdersToCallANumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Call 1-800-555-0199 today for a free quote. Thanks for watching!",
        "For more information call 1-888-123-4567. See you in the next video!",
        "Dial 0800 123 456 now. Don't forget to subscribe!",
        "לפרטים והזמנות חייגו *6050. תודה שצפיתם ונתראה בסרטון הבא!",
        "לפרטים נוספים התקשרו 1-700-700-700 או בקרו באתר שלנו",
        "اتصلوا الآن على الرقم 1-700-500-500. شكراً على المشاهدة!",
        "للاستفسار والحجز اتصلوا على 04-8123456، ولا تنسوا الاشتراك في القناة",
        "Appelez le 01 23 45 67 89 dès maintenant. Merci d'avoir regardé !",
        "Pour plus d'informations, composez le 3010. À bientôt pour une nouvelle vidéo !",
        "Llama ya al 900 123 456. ¡Gracias por ver el video!",
        "Para más información llame al 800 555 123. ¡Suscríbete al canal!",
        "Ligue já para 0800 777 1234. Obrigado por assistir!",
        "Rufen Sie jetzt an unter 0800 123 4567. Danke fürs Zuschauen!",
        "Chiama subito il numero 800 123 456. Grazie per la visione!",
        "Для заказа звоните 8-800-200-30-40. Спасибо за просмотр!",
        // nine digits whose check holds are redacted as an identity number: told to be dialled, they are a phone's
        "Marque el 900 123 456 ahora. ¡Gracias por ver!",
        "Chapters: 00:00 welcome, 01:30 the kitchen, 04:10 the garden. Thanks for watching, see you soon.",
    })
    void anOrderToCallANumberIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Call me back at 054-7213398, thanks, bye.",
        "Call 054-7213398, that's the landlord, he'll show you the flat.",
        "התקשרו אליי למספר 054-7213398, תודה, ביי.",
        "תחזרו אליי ל 054-7213398, תודה רבה.",
        "חייגו 054-7213398, זה הטלפון של בעל הדירה.",
        "اتصلوا فيّ على الرقم 052-1234567، شكراً.",
        "Llámame al 054-7213398, gracias, nos vemos.",
        "Rappelez-moi au 052 345 6789, merci, à bientôt.",
        "Перезвоните мне по номеру 050-9876543, спасибо.",
        "Ligue para mim no 054 721 3398, obrigado.",
        "For more information call me at 054-7213398, I'm the owner of the flat.",
        "Thanks for the video of the flat, call me at 054-7213398.",
        "Mi teudat zehut es 900 123 456, llámame al 054 721 3398, gracias.",
        "Name: Dana Cohen. Phone: 054 1234567. Thanks for watching the flat with me today.",
    })
    void aCallerWhoGivesHisNumberPasses(String text) {
        assertPasses(text);
    }
}
