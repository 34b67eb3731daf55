package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whisper learnt from more than videos: the twenty-third held-back set, written in the genres no earlier set used,
 * was caught at 0.284 on first scoring. The ends of other broadcasts, each form in three languages or more (the set's
 * own rows moved to development): a news bulletin said to have been ("Those were the headlines"), a chapter's end
 * ("Конец второй главы"), a station's ident ("You are listening to…"), a guided breath in and out, a workout's
 * coaching ("Twenty more seconds, don't give up!"), a break in the programme ("Stay with us, back after the ads"), a
 * recipe in the description (after a wish: "Enjoy your meal"), the next lecture or lesson. A caller
 * uses their words of his own matter (the news about rates, a contract's chapter, the radio ad he heard, a kitchen to
 * cook in, a room with no air, his lecture) and passes.
 */
class OtherBroadcastsEndingsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And those were the headlines, good evening",
        "This was the news, goodnight everyone",
        "זה היה מבזק החדשות, ערב נעים",
        "אלו היו החדשות של הבוקר",
        "Это был выпуск новостей, всего доброго",
        "Это были новости, всего хорошего",
        "هذه كانت الأخبار، تصبحون على خير",
        "Esas fueron las noticias, hasta luego",
        "C'était le journal, bonne soirée à tous",
        "Das waren die Nachrichten, einen schönen Tag noch",
        "Це були новини, на все добре",
        "Ve haberler bu kadar",
        "ዜናው በዚህ ተጠናቀቀ",
        "Конец выпуска новостей",
        "סוף המהדורה, לילה טוב",
    })
    void aNewsBulletinThatWasIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "End of chapter one",
        "Конец второй главы",
        "סוף פרק שלוש",
        "نهاية الفصل الثاني",
        "Fin du chapitre deux",
        "Ende des zweiten Kapitels",
        "Fine del secondo capitolo",
        "ምዕራፍ ሁለት ተጠናቀቀ",
    })
    void aChaptersEndIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You are listening to Kol Israel",
        "You were listening to the morning show",
        "אתם מאזינים לרשת ב",
        "האזנתם לתוכנית הבוקר",
        "Вы слушаете радио Шансон",
        "Вы слушали программу «Утро»",
        "أنتم تستمعون إلى إذاعة الشمس",
        "Vous écoutez Radio Classique",
        "Están escuchando Radio Nacional",
    })
    void aStationsIdentIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Inhale slowly... exhale slowly...",
        "שאיפה... נשיפה...",
        "Глубокий вдох... медленный выдох...",
        "شهيق عميق... وزفير",
        "Inspirez profondément... et expirez",
        "Inhalen... und ausatmen...",
        "Inspire... expire...",
    })
    void aGuidedBreathIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Stay with us, we'll be back after the ads",
        "הישארו איתנו, נחזור אחרי ההפסקה",
        "Оставайтесь с нами, вернёмся после рекламы",
        "ابقوا معنا، نعود بعد الفاصل الإعلاني",
        "Restez avec nous, on revient après la pub",
        "Quédense con nosotros, volvemos después de la pausa",
    })
    void aBreakInTheProgrammeIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The recipe is in the description below",
        "Полный рецепт в описании",
        "המתכון המלא בתיאור",
        "الوصفة كاملة في الوصف",
        "La recette complète est dans la description",
        "La receta completa en la descripción",
    })
    void aRecipeInTheDescriptionIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Twenty more seconds, don't give up!",
        "Last set, keep going!",
        "עוד חמש חזרות, אל תוותרו",
        "עוד עשרים שניות, תמשיכו!",
        "Ещё двадцать секунд, не сдавайтесь!",
        "عشر ثواني كمان، لا تستسلموا",
        "Encore dix secondes, ne lâchez rien !",
        "Diez segundos más, ¡no se rindan!",
    })
    void aWorkoutsCoachingIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Enjoy your meal! The recipe is below in the description",
        "בתיאבון! המתכון בתיאור",
        "¡Buen provecho a todos! La receta, en la descripción",
    })
    void aRecipeAfterAWishIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See you in the next lesson",
        "In the next lecture we'll talk about integrals",
        "На следующем уроке поговорим о дробях",
        "في الدرس القادم سنتحدث عن الكسور",
        "בהרצאה הבאה נדבר על שברים",
        "Dans le prochain cours, on parlera des fractions",
    })
    void theNextLessonIsAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That was great news, thank you!",
        "That was the news I was waiting for, thanks",
        "Это были хорошие новости, спасибо",
        "אלה חדשות טובות, תודה רבה",
        "كانت هذه أخبار حلوة، شكرا",
        "Chapter three of the contract says the deposit is returned",
        "בסוף הפרק השני של החוזה כתוב שהמשכיר מתקן",
        "I heard about the flat on the radio, are you listening?",
        "אתה מקשיב לי? אני צריך את הדירה עד סוף החודש",
        "Вы слушаете? Квартира ещё свободна?",
        "I can't breathe in that bedroom, there's no window",
        "После рекламы в газете нам позвонили три человека",
        "I'll call you back after my lunch break",
        "נחזור אליך אחרי החג עם תשובה",
        "Send me the description of the flat, thanks",
        "I'm in a lecture, I'll call you after the next lesson",
        "אני בהרצאה, אחזור אליך בהפסקה",
        "Give me two seconds, I'm parking, keep going straight",
        "אל תוותר על הדירה הזאת, היא מציאה",
        "תן לי שתי שניות, אני מחנה ליד הבניין",
        "Не сдавайтесь, хозяин ещё подумает, перезвоню через пять секунд",
        "Bon appétit, je vous rappelle après le déjeuner",
    })
    void aCallerSayingTheirWordsIsACall(String text) {
        assertPasses(text);
    }
}
