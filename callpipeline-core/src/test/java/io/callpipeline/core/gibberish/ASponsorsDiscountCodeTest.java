package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sponsor's discount code read out ("Use code HOME for twenty percent off", "С промокодом ДОМ скидка двадцать
 * процентов", "עם קוד הקופון בית תקבלו עשרים אחוז הנחה"): a video's or a podcast's advertisement, whose percentage is
 * the offer's, not a caller's price. The held-back sets' sponsors' reads offered so after naming the sponsor, and the
 * guard read the offer as a caller's own sentence; a code and a discount beside it are the offer whatever other words
 * sell it ("Get yours today with code DANA and save ten percent"). A caller asks about a discount, names a door's code
 * and a landlord's discount on the rent apart, or was given a code himself ("The bank gave me a discount code"); a code
 * with no offer beside it is a door's or a gate's ("The code is 1234", which a first draft judged).
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
        "Get yours today with code DANA and save ten percent.",
        "По промокоду ОЛЯ вы получите скидку десять процентов на подписку.",
        "Con el código PABLO os lleváis un diez por ciento de descuento en la primera caja.",
        "קוד קופון מיכל מעניק עשרה אחוז הנחה על ההזמנה הראשונה.",
        "Avec le code CLARA, profitez de dix pour cent de réduction sur votre première commande.",
        "Mit dem Gutscheincode TOM spart ihr zehn Prozent Rabatt auf eure erste Bestellung.",
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
        "The bank gave me a discount code for the appraisal, ten percent off.",
        "They gave us the code for the gate and a ten percent discount on the parking spot.",
        "Мне дали промокод со скидкой на переезд.",
        "הבנק נתן לי קוד הנחה לשמאי, עשרה אחוז.",
        "The code is 1234.",
        "Code 4521.",
        "קוד 4521.",
        "Код 4521.",
        "El código es 4521.",
        "Le code est 4521.",
    })
    void aCallerWhoNamesACodeOrADiscountPasses(String text) {
        assertPasses(text);
    }
}
