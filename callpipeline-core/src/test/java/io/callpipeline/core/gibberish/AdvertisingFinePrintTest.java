package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-first held-back set (advertising's fine print and a programme's sponsor) was caught at 0.000: Whisper
 * learnt advertisements' last seconds as it learnt videos' endings ("Terms and conditions apply", "בכפוף לתקנון,
 * התמונות להמחשה בלבד", "Реклама. ООО …", "هذا البرنامج برعاية …", "This program was brought to you by …", "חייגו
 * עכשיו כוכבית…"), a genre no list had met. Callers who read an advertisement or a contract's conditions and ask about
 * them, or ask to be called, pass.
 */
class AdvertisingFinePrintTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Terms and conditions apply",
        "Offer valid while stocks last. See store for details",
        "הצילומים להמחשה בלבד, בכפוף לתקנון",
        "המבצע בתוקף עד גמר המלאי, ט.ל.ח",
        "Реклама. ООО «Север». Подробности у продавцов",
        "Количество товара ограничено, акция действует до конца недели",
        "تطبق الشروط والأحكام، العرض ساري حتى نفاد الكمية",
        "Dans la limite des stocks disponibles, voir conditions en magasin",
        "Oferta válida hasta agotar existencias, aplican restricciones",
        "Solange der Vorrat reicht. Es gelten unsere AGB",
        "Pictures for illustration only. Offer valid until the end of the month",
        "Предложение действует до конца месяца, подробности у продавцов",
    })
    void anAdvertisementsFinePrintIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This episode was brought to you by Nord Bank",
        "התוכנית מוגשת בחסות רשת חשמל נטו",
        "Эта программа выходит при поддержке компании «Звезда»",
        "هذه الحلقة برعاية مطاعم الشام",
        "Cette émission vous est présentée par Assurances Lumière",
        "Este programa es presentado por Banco Sol",
        "חייגו עכשיו כוכבית 5050 וקבלו הצעת מחיר",
        "Call now and get a free quote",
        "Call today, 1-800-555-0123, our operators are standing by",
        "اتصلوا الآن واحصلوا على استشارة مجانية",
        "ይህ ዝግጅት በአዋሽ ባንክ ስፖንሰርነት የቀረበ ነው",
    })
    void aSponsorsLineOrAnOrderToCallIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "במודעה כתוב בכפוף לתקנון, מה זה אומר?",
        "שמעתי שהמבצע על דמי התיווך בתוקף עד סוף החודש, אני רוצה לקבוע פגישה",
        "Hi, it's Dana, call now please, it's urgent",
        "Call me now if you can, the buyer is here",
        "В объявлении написано, что парковка включена, но это реклама или правда?",
        "The ad said terms and conditions apply, which ones? I want to rent the flat",
        "תתקשר אליי עכשיו, אני ליד הדירה",
        "Our programme with the bank was approved, thanks for your help",
        "The lease is until the end of the month, thanks",
        "עד סוף החודש, תודה",
        "המבצע בתוקף עד מתי",
        "Offer valid until when",
    })
    void aCallerWhoReadsAnAdOrAsksToBeCalledPasses(String text) {
        assertPasses(text);
    }
}
