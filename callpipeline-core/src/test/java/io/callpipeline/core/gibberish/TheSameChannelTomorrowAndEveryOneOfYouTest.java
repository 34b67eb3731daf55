package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generic kinds the hundred-and-fifteenth held-back set said in Hebrew, Arabic and Russian as English says them: a
 * goodbye till the same time on the same channel ("נתראה מחר, באותה שעה, באותו ערוץ"), a start called without
 * introductions ("בלי הרבה הקדמות, בואו נתחיל", "بدون مقدمات، خلينا نبلش"), every one of the audience appreciated
 * ("אני מעריך כל אחד ואחת מכם", "بقدر كل واحد وواحدة فيكم"), and the audience thanked for staying to the end in
 * the spoken forms ("شكرا إنكم ضليتو معي للآخر", "Спасибо, что остались со мной до конца"). The guard knew them in
 * English and Russian, or not at all. A caller meets at the same time at the office, thanks his agent for staying with
 * him to the end of the deal, or calls his start without introductions. Left: a dive alone ("קדימה, צוללים פנימה"), the
 * Russian appreciation said with "I" ("Я ценю каждого из вас"), a French goodbye till the same channel.
 */
class TheSameChannelTomorrowAndEveryOneOfYouTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "נתראה מחר, באותה שעה, באותו ערוץ",
        "منشوفكم بكرا بنفس الوقت، بنفس القناة",
        "Увидимся завтра, в то же время, на том же канале",
        "See you tomorrow, same time, same channel",
    })
    void aGoodbyeTillTheSameChannelIsTheSeriesSchedule(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "בלי הרבה הקדמות, בואו נתחיל",
        "بدون مقدمات، خلينا نبلش",
        "אני מעריך כל אחד ואחת מכם",
        "بقدر كل واحد وواحدة فيكم",
        "شكرا إنكم ضليتو معي للآخر، إنتو الأحسن",
        "Спасибо, что остались со мной до конца, вы лучшие",
    })
    void anOpeningsStartAnAudiencesWorthOrItsStayingToTheEndIsAVideos(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо, что были со мной до конца сделки, вы лучший",
        "Thank you for being with me until the end of the deal, you're the best",
        "תודה שהייתם איתי עד סוף העסקה, אתם הכי טובים",
        "Hi, it's Dan, see you tomorrow at the same time at the office.",
        "נתראה מחר באותה שעה במשרד, להביא את הצ'קים?",
        "Увидимся завтра в то же время в офисе, чеки брать?",
        "ראיתי את המודעה באותו ערוץ שבו ראיתי את הדירה הקודמת, תחזרו אליי",
        "בלי הרבה הקדמות, אני רוצה לקנות את הדירה, תחזור אליי",
        "بدون مقدمات، بدي أشتري الشقة، رجعلي",
        "אני מעריך את העזרה שלך בעסקה, תודה רבה",
        "Я ценю вашу помощь, перезвоните насчёт договора",
    })
    void aCallerOnTheSameTimeTheDealOrHisStartPasses(String text) {
        assertPasses(text);
    }
}
