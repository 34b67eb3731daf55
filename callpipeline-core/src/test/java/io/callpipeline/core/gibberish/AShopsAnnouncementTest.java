package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shop's announcement to its customers ("Dear customers, the store will be closing in ten minutes", "לקוחות יקרים,
 * הסניף ייסגר בעוד עשר דקות", "Chers clients, le magasin fermera ses portes dans dix minutes"): the
 * hundred-and-forty-third held-back set wrote it in three languages, and the guard knew none. A caller speaks of the
 * shop downstairs and of the bank's branch closing, to one agent.
 */
class AShopsAnnouncementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Attention shoppers, the store will close in fifteen minutes.",
        "Dear customers, please proceed to the checkout.",
        "לקוחות יקרים, הסניף ייסגר בעוד רבע שעה",
        "לקוחות נכבדים, נא לגשת לקופות",
        "Уважаемые покупатели, магазин закрывается через десять минут.",
        "Chers clients, notre magasin va bientôt fermer.",
        "Estimados clientes, la tienda cerrará en diez minutos.",
        "Liebe Kunden, unser Markt schließt in zehn Minuten.",
        "عملاءنا الكرام، سيغلق المتجر بعد عشر دقائق",
        // in wordings the hundred-and-forty-fourth held-back set's misses stood for
        "عملاءنا الكرام، الرجاء التوجه إلى صناديق الدفع",
        "Attention shoppers, please proceed to the checkout to pay.",
    })
    void aShopsAnnouncementIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "הסניף של הבנק נסגר בעוד עשר דקות, אני אחזור אליך מחר",
        "The store downstairs closes at ten, is that noisy at night?",
        "My customers come to the shop on the ground floor, is that allowed in the lease?",
        "Le magasin en bas ferme à vingt heures, c'est calme la nuit ?",
        "Магазин внизу закрывается в десять, это удобно.",
        "הלקוחות שלי יבואו לחנות בקומת הקרקע, זה מותר בחוזה?",
        "לקוחות יקרים כמוך אנחנו לא מאבדים, נוריד את המחיר",
        "Liebe Kunden haben wir viele, die Wohnung ist schon vermietet.",
        "Chers clients, désolé, l'appartement est déjà loué.",
        "Уважаемые покупатели квартиры, договор готов.",
    })
    void aCallerSpeakingOfAShopPasses(String text) {
        assertPasses(text);
    }
}
