package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sponsor's discount code read out ("Use code HOME for twenty percent off", "С промокодом ДОМ скидка двадцать
 * процентов", "עם קוד הקופון בית תקבלו עשרים אחוז הנחה"): a video's or a podcast's advertisement, whose percentage is
 * the offer's, not a caller's price. The held-back sets' sponsors' reads offered so after naming the sponsor, and the
 * guard read the offer as a caller's own sentence. A caller asks about a discount, or names a door's code and a
 * landlord's discount on the rent apart.
 */
class ASponsorsDiscountCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Use code HOME for twenty percent off.",
        "Enter promo code SAVE15 at checkout for 15% off.",
        "Utilisez le code MAISON pour vingt pour cent de réduction.",
        "Usa el código CASA para un veinte por ciento de descuento.",
        "С промокодом ДОМ скидка двадцать процентов.",
        "עם קוד הקופון שירה תקבלו עשרים אחוז הנחה.",
        "Mit dem Code HAUS bekommt ihr zwanzig Prozent Rabatt.",
        "Con il codice CASA avete il venti per cento di sconto.",
        "Com o cupom CASA vocês ganham vinte por cento de desconto.",
        "استخدموا كود الخصم سارة واحصلوا على عشرين بالمية.",
    })
    void aSponsorsDiscountCodeIsAnAdvertisements(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Is there a discount code for the moving company you mentioned?",
        "The door code is 1234, and the owner gave us a discount on the first month's rent.",
        "קוד הכניסה לבניין הוא 4321, והבעלים נתן לנו הנחה על החודש הראשון.",
        "Я получил скидку по промокоду на переезд, когда можно посмотреть квартиру?",
        "Mi han dado un código de descuento para la mudanza, ¿el piso sigue libre?",
        "Le code de la porte est 1234, et le propriétaire fait une réduction de dix pour cent sur le loyer.",
        "I got the code from the bank, the discount on the mortgage is half a percent, call me back.",
    })
    void aCallerWhoNamesACodeOrADiscountPasses(String text) {
        assertPasses(text);
    }
}
