package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the tenth held-back set missed at its first scoring, as classes in at least three languages: praise said to
 * nobody ("Good job.", "Well done.", "כל הכבוד", "Молодец!"), a series closing for the day ("ובזה נסיים להיום",
 * "На этом закончим"), a greeting to the audience ("שלום וברכה לכל הצופים", "Привет всем зрителям"), the next episode
 * in the dialects' words ("نشوفكم الحلقة الجاية"), watching to the very end ("jusqu'au bout") and thanks for
 * following in Amharic. A caller who says the same words around what he wants passes.
 */
class TenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Good job.",
        "Well done!",
        "Great job, guys",
        "כל הכבוד",
        "כל הכבוד, יופי",
        "Молодец!",
        "Молодцы, ребята",
        "أحسنت",
        "Bravo, bien joué",
        "Bravo, gut gemacht",
        "ובזה נסיים להיום",
        "ובזה נסיים את הפרק",
        "На этом закончим",
        "На этом мы заканчиваем наш выпуск",
        "وبهذا نختم حلقة اليوم",
        "And with that we'll wrap up",
        "Et on va s'arrêter là pour aujourd'hui",
        "שלום וברכה לכל הצופים",
        "שלום לכל הצופים שלנו",
        "Привет всем зрителям",
        "مرحبا بكل المشاهدين",
        "Hello to all our viewers",
        "نشوفكم الحلقة الجاية",
        "بنشوفكم بالفيديو الجاي",
        "منشوفكم المرة الجاية",
        "Merci d'avoir regardé jusqu'au bout",
        "ለተከታተላችሁ እናመሰግናለን",
    })
    void theTenthSetsFormsAreNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "כל הכבוד על העסקה, תתקשר אליי מחר לגבי הדירה הבאה",
        "Well done on the sale, call me about the next flat",
        "Молодец, что нашёл покупателя, перезвони мне вечером",
        "שלום חברים, אני מחפש דירה בחולון, שלושה חדרים",
        "Привет, это Дима, я по поводу квартиры на Бялик",
        "בזה נסיים את העסקה ביום ראשון אצל עורך הדין?",
        "نشوفكم بكرا الساعة خمسة عند الشقة",
        "Hello, good job on the listing photos, can I see the flat on Sunday?",
    })
    void aCallerSayingTheSameWordsPasses(String text) {
        assertPasses(text);
    }
}
