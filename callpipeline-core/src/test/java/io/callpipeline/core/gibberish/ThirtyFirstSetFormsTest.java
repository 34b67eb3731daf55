package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-first held-back set's false positive and the forms of its misses, each in three languages or more (the
 * set's written-against rows moved to development). A short Hebrew message of everyday words ("רגע, רגע, אני מחפש
 * עט... אוקיי, תגיד את המספר") was judged {@code non_words}: the letter model, built from Wikipedia, scores "מחפש",
 * "תגיד", "עכשיו", "רגע" as keyboard mashing. The endings: a channel's subscriber milestone ("תודה על מאה אלף מנויים",
 * read as a caller's number), special thanks to patrons, an opening's welcome back in French, and "watch till the end,
 * there's a surprise" (a surprise is what comes next, as a continuation is; Spanish's "mira" is left, a caller's "look").
 * Forty-five short
 * Hebrew messages in other everyday words, written after the lexicon, all pass (but one bare word, "הגעתי", which the
 * guard judges by design).
 */
class ThirtyFirstSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "רגע, רגע, אני מחפש עט... אוקיי, תגיד את המספר",
        "אני מחפש עט",
        "רגע, אני עכשיו בחוץ, תגיד לי מתי",
        "שתתקשר אליי עכשיו, אני מחפשת את החוזה",
        "תגידי לי, יש חניה?",
        "ביקשתי שתחזור אליי, אני מחכה",
        "תתקשר אליי דחוף",
        "אני בפקק, אאחר קצת",
        "שכחתי את הארנק אצלכם",
        "הילד חולה, נדחה לשבוע הבא",
        "תזכיר לי מה השם של הרחוב",
        "מצאתי דירה אחרת, תודה",
        "הזמנתי מוביל לשישי",
        "איפה אתה? אני מחכה בלובי",
        "חסר לי מסמך, מה לעשות?",
        "הגז לא עובד, צריך טכנאי",
        "השכן מרעיש כל לילה",
        "נשבר לנו החלון בסלון",
        "תשלח לי מיקום בבקשה",
        "קיבלתי את ההצעה, אני חושב על זה",
        "זה יקר לי, תוריד קצת",
        "אשתי לא אוהבת את המטבח",
        "הבן שלי יבוא במקומי",
        "יש לי עוד שאלה קטנה",
        "אתה יכול להזיז לשלוש?",
        "נגמרה לי הסוללה, אחזור",
        "אפשר לראות בערב?",
        "ממש דחוף, תחזור אליי",
        "הכלב נובח, סליחה על הרעש",
        "בעל הבית ביקש עוד חודש",
        "תבדוק בבקשה אם יש מעלית",
        "המזגן מטפטף על הרצפה",
        "כמה זמן לוקח להעביר בעלות?",
        "הצבע בקירות מתקלף",
        "פספסתי את השיחה שלך",
        "היא רוצה לבוא עם אחותה",
        "מחפש דירה",
        "תגיד מתי",
        "אני בדרך",
        "תחזור אליי",
        "תתקשר דחוף",
        "אני למטה",
        "אני מאחר",
        "שלח מיקום",
        "תענה בבקשה",
        "מי זה?",
        "איפה אתה",
        "פתח לי",
        "בוא למטה",
        "נתקעתי בפקק",
    })
    void aHebrewCallerOfEverydayWordsIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שדגכ ךלחי גכעי דגכע",
        "ףךלח עיחל כגדש",
    })
    void keyboardMashingInHebrewLettersStaysNonWords(String text) {
        assertCaught(text);
    }

    /**
     * "רגע" and "שנייה" are words, so "רגע... רגע... שנייה..." (a twenty-sixth held-back row, which non_words had caught
     * as mashing, moved to development) is caught for what it is: a speaker's fillers; a caller goes on past them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"רגע... רגע... שנייה...", "שנייה... רגע... כן..."})
    void aSpeakersWaitIsAFiller(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"שנייה, אני בודק ביומן", "רגע, שנייה, אני מחפש את המספר שלך"})
    void aCallerWhoAsksToWaitGoesOn(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה על מאה אלף מנויים, אתם מדהימים",
        "شكرا على مئة ألف مشترك، أنتم رائعين",
        "Спасибо за сто тысяч подписчиков, вы потрясающие",
        "Gracias por los cien mil suscriptores, son increíbles",
        "Danke für 100.000 Abonnenten, ihr seid großartig",
        "Дякую за сто тисяч підписників, ви неймовірні",
        "תודה מיוחדת לתומכים שלי בפטראון",
        "شكر خاص لداعمي القناة على باتريون",
        "Special thanks to my patrons on Patreon",
        "Gracias especiales a mis mecenas de Patreon",
        "Specjalne podziękowania dla moich patronów",
        "Rebienvenue sur la chaîne, aujourd'hui on commence quelque chose de nouveau",
        "Watch till the end, there's a surprise",
        "צפו עד הסוף, יש הפתעה",
        "تابعوا للآخر، في مفاجأة",
        "Досмотрите до конца, там сюрприз",
        "Regardez jusqu'à la fin, il y a une surprise",
    })
    void theThirtyFirstSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה על מאה אלף שקל מקדמה, נחתום מחר",
        "Thanks for the hundred thousand deposit, we sign tomorrow",
        "Спасибо за сто тысяч задатка, подписываем завтра",
        "Special thanks for the help with the mortgage, we couldn't have done it",
        "Welcome back from your trip, the flat is ready",
        "شكرا، المدخل مشترك مع الجيران",
        "شكرا، الحمام مشترك؟",
        "Thanks to all the followers of the project, the flat is sold",
        "תודה, אני תומכת בהחלטה שלכם לגבי הדירה",
        "There's a surprise, the owner agreed to lower the price! Call me",
        "יש הפתעה, הבעלים הסכים להוריד את המחיר! תתקשר אליי",
        "في مفاجأة، صاحب البيت وافق ينزل السعر! اتصل فيي",
        "Сюрприз: хозяин согласился снизить цену! Позвоните мне",
        "I watched the video of the flat, what a surprise, it's bigger than I thought",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
