package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fortieth held-back set (numbers in inventions) was caught at 0.350: a sponsor's discount code ("Use code ALEX10
 * for ten percent off"), a title card of a season and an episode ("עונה 3, פרק 12") or a part of a series ("Part three
 * of five"), and a video's chapter marks ("00:00 Intro 02:15 Kitchen…") were no shape the guard knew, in any language.
 * Callers whose words are mostly numbers (a discount asked for, a door code, a part of a payment, the hours they are
 * free) pass.
 */
class NumbersInInventionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Use code TOM20 to get twenty percent off",
        "השתמשו בקוד NOA10 וקבלו עשרה אחוז הנחה",
        "استخدموا الكود AHMAD15 وخذوا خصم خمسطعش بالمية",
        "Промокод ANNA10 даёт скидку десять процентов",
        "Con el código PEDRO20 tienes un veinte por ciento de descuento",
        "Utilisez le code JULIE10 pour dix pour cent de réduction",
    })
    void aSponsorsDiscountCodeIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Season one, episode three",
        "עונה 2, פרק 5",
        "الموسم الثاني، الحلقة العاشرة",
        "Сезон 3, серия 8",
        "Saison 2, épisode 4",
        "Part two of three, see you in part three",
        "חלק 1 מתוך 4, נתראה בחלק הבא",
        "Часть 2 из 3, до встречи в следующей части",
    })
    void aSeasonEpisodeOrPartCardIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00:00 Intro 01:20 Living room 03:45 Balcony",
        "0:00 פתיחה 1:15 הסלון 3:40 המרפסת",
        "00:00 Вступление 02:10 Кухня 04:30 Итоги",
    })
    void aVideosChapterMarksAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "יש לי קוד הנחה מהבנק, עשרה אחוז, אפשר להשתמש בו על דמי התיווך?",
        "Can I get ten percent off the fee? My code from the bank is BANK10",
        "קוד הכניסה לבניין 4521, הדירה בקומה 3",
        "חלק 2 מתוך 3 של התשלום יגיע בחודש הבא",
        "Part two of the payment comes next month, part three in June",
        "I'm free at 10:00, 12:30 or 15:00 on Sunday",
        "אני פנוי ב-10:00, 12:30 או 15:00 ביום ראשון",
        "Сезон у нас летом, квартира нужна на три месяца",
        "The door code is AB12 and there's a ten percent discount on the fee for us",
        "יש לנו קוד הנחה SAVE10 מהבנק על המשכנתא, עשרה אחוז",
    })
    void aCallerWhoseWordsAreMostlyNumbersPasses(String text) {
        assertPasses(text);
    }
}
