package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the hundred-and-second (few inventions beside callers who talk as presenters do) and hundred-and-third (the
 * outside measure's four at once) held-back sets missed, as kinds: the audience thanked as its viewers and a goodbye
 * till the next tour ("Спасибо всем зрителям, до встречи в новом обзоре"); today on the channel and its subject
 * ("Сегодня на канале: всё, что нужно знать о…"); a wrap-up and a hope that the audience enjoyed the tour; the series
 * back next week with a special episode; the audience told where to find the presenter; today's subject broken down.
 * The callers thank for a viewing, saw a report on a numbered channel, give their own profile or say where they
 * wait, come back with an offer, or follow up with the bank.
 */
class ViewersThankedTodayOnTheChannelAndTheSeriesBackTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה לכל הצופים שלנו, נתראה בסיור הבא בדירה חדשה",
        "شكرا لكل المتابعين، ونلتقي بجولة جديدة ببيت تاني",
        "Спасибо всем зрителям, до встречи в новом обзоре дома",
        "Thanks to all our viewers, see you on the next house tour",
        "Сегодня на канале: всё, что нужно знать о налогах",
        "Aujourd'hui sur la chaîne : tout savoir sur les impôts",
        "היום בערוץ: כל מה שצריך לדעת על מיסים",
        "וזהו להיום, מקווה שנהניתם מהסיור בווילה",
        "That's it for today, I hope you enjoyed the tour of the villa",
        "Вот и всё на сегодня, надеюсь, вам понравилась экскурсия по вилле",
        "Next week we'll be back with a special episode about renting in Haifa",
        "שבוע הבא נחזור אליכם עם פרק מיוחד על שכירות בחיפה",
        "La semaine prochaine on revient avec un épisode spécial sur la location à Haïfa",
        "Find me on TikTok too",
        "Retrouvez-moi aussi sur Instagram, j'y poste un nouvel appartement chaque semaine",
        "תמצאו אותי גם באינסטגרם",
        "Hey everybody, Dana here, and in this episode I'm breaking down every fee you'll meet when you "
                + "rent in Tel Aviv, from the agent to the lawyer, so let's go",
    })
    void theHundredAndSecondAndThirdSetsKindsAreCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה על הצפייה בדירה, נתראה בדירה החדשה",
        "היום בערוץ 2 ראיתי כתבה על הדירות בחולון, תתקשר אליי",
        "Today on the channel of the building committee they posted the meeting, call me",
        "You can find me on Facebook, Moshe Cohen, about the flat in Holon",
        "תמצאו אותי בכניסה לבניין, תתקשר כשאתה מגיע",
        "תודה, מקווה שנהניתם מהסיור בדירה שלנו, נדבר מחר",
        "We'll be back next week with a new offer on the flat, call me",
        "אנחנו חוזרים עם הצעה חדשה על הדירה בשבוע הבא, תתקשר",
        "Thanks, we're following up with the bank about the viewers of the flat, call me",
    })
    void aCallerWhoTalksAsAPresenterAboutHisOwnBusinessPasses(String text) {
        assertPasses(text);
    }
}
