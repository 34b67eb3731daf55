package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A horoscope's sign and what its week holds ("מזל טלה: השבוע תפגשו הזדמנות חדשה", "Aries, the stars are aligned for
 * you this week", "Овен: на этой неделе звёзды благоволят вам", "برج الحمل: هذا الأسبوع…"): a radio's or a
 * magazine channel's, which the hundred-and-forty-seventh held-back set wrote in five languages, and the guard knew
 * none. A caller has luck ("יש לי מזל שמצאתי אתכם"), a son called Leo, a tower ("برج") he lives in, and stars on the
 * children's ceiling.
 */
class AHoroscopesSignTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "מזל עקרב: השבוע יביא איתו שינויים בעבודה",
        "מזל דגים, היום כדאי להקשיב ללב",
        "Scorpio, this week the stars bring changes in love.",
        "Capricorn: today is a good day for money decisions.",
        "Скорпион: на этой неделе вас ждут перемены.",
        "برج العقرب: هذا الأسبوع تنتظرك مفاجأة سارة",
        "Scorpion : cette semaine, l'amour sera au rendez-vous.",
        "Escorpio: esta semana los astros te favorecen en el amor.",
        "Skorpion: Diese Woche stehen die Sterne gut für die Liebe.",
    })
    void aHoroscopesSignIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "יש לי מזל שמצאתי אתכם, הדירה בדיוק מה שחיפשנו",
        "מזל טוב על הדירה! השבוע נחתום?",
        "Leo, this week I'll call the owner, don't worry.",
        "The stars on the ceiling in the kids' room, can they stay?",
        "أنا ساكن في برج الأمل، الشقة في الطابق العاشر",
        "Рыбы в аквариуме остаются в квартире, хозяин разрешил.",
    })
    void aCallersLuckOrTowerPasses(String text) {
        assertPasses(text);
    }
}
