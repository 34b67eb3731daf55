package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-third held-back set's misses, each form in several languages (the set's written-against rows moved to
 * development): a credit block whose roles include one no list names ("הגהה: דנה כהן", proofreading, after a
 * translator and a syncer), a goodbye till next time with a wish for the audience after it ("stay safe and keep
 * learning"), and an Amharic thanks to those who support the channel. Callers who say the same words about their own
 * business pass.
 */
class CreditBlocksAndWellWishesTest {

    /** A role no list names is a credit's label all the same when it stands among credits, "Role: Name". */
    @ParameterizedTest
    @ValueSource(strings = {
        "תורגם על ידי: יוסי כהן. סונכרן על ידי: צוות האתר. תזמון: רונית לב",
        "Translated by: Tom Hill. Synced by: the subtitle team. Timing: Anna Bell",
        "Перевод: Иван Сидоров. Синхронизация: Анна Белова. Тайминг: Олег Ким",
        "ترجمة: علي حسن. مزامنة: فريق الموقع. توقيت: سمر ناصر",
        "Traduction : Paul Martin. Synchronisation : l'équipe du site. Timing : Léa Roux",
        "Traducción: Ana Ruiz. Sincronización: el equipo. Tiempos: Luis Gil",
    })
    void aCreditBlockWithARoleNoListNamesIsCaught(String text) {
        assertCaught(text);
    }

    /** A goodbye till next time and a wish for the audience: to stay well, to keep learning or smiling. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Until next time, keep smiling and stay healthy",
        "עד הפעם הבאה, תשמרו על עצמכם ותמשיכו לחייך",
        "עד הפעם הבאה, תהיו בריאים ותמשיכו ללמוד",
        "До следующего раза, берегите себя и не болейте",
        "حتى المرة القادمة، انتبهوا على حالكم وخليكم بصحة",
        "À la prochaine, prenez soin de vous et restez curieux",
        "Hasta la próxima, cuídense y sigan aprendiendo",
        "Bis zum nächsten Mal, bleibt gesund",
    })
    void aGoodbyeTillNextTimeWithAWishForTheAudienceIsCaught(String text) {
        assertCaught(text);
    }

    /** Thanks to those who support the channel, in Amharic's forms of "support" and "thanks". */
    @ParameterizedTest
    @ValueSource(strings = {
        "ቻናሉን ለሚደግፉ ሁሉ ምስጋና ይድረስ",
        "ለምትደግፉን ሁሉ እናመሰግናለን",
        "ስለ ድጋፋችሁ ከልብ እናመሰግናለን",
    })
    void anAmharicThanksForSupportIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Until next week then, keep me posted about the offer",
        "עד הפעם הבאה שנדבר, תשמור על עצמך ותעדכן אותי לגבי הדירה",
        "Take care and stay healthy, call me when you hear from the bank",
        "Hasta la próxima visita, cuídese y avíseme si baja el precio",
        "ስለ ድጋፋችሁ አመሰግናለሁ፣ ቤቱን ነገ ማየት እንችላለን?",
        "Перевод договора готов. Цена: два миллиона. Этаж: третий.",
        "תרגום החוזה מוכן. מחיר: שני מיליון. קומה: שלישית.",
        "Translation of the lease is done. Rent: five thousand. Parking: one spot. Call me back.",
        "Thanks for the support today. Name: Dana Cohen. Phone: 054 1234567.",
    })
    void aCallerWhoSaysTheSameWordsPasses(String text) {
        assertPasses(text);
    }
}
