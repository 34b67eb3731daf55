package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience told to follow the presenter on a platform for what he posts there ("Follow me on TikTok for daily tips
 * about buying property in Israel"), and welcomed to one more episode whose subject follows ("Welcome back to another
 * episode where we look at homes under two million shekels"): the hundred-and-seventh held-back set's English said
 * both, and the guard read "me" after "follow" as a caller asking for himself, and knew a welcome's episode as new or
 * next, not as one more. A caller asks to be followed to the flat by car, or for one more viewing.
 */
class FollowMeThereAndWelcomeToAnotherOneTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Follow me on TikTok for daily tips about buying property in Israel.",
        "Follow me on Instagram for more tips on renting in Tel Aviv",
        "Suivez-moi sur Instagram pour plus de conseils sur l'achat d'un appartement",
        "Sígueme en TikTok para más consejos sobre comprar casa en Israel",
        "Folgt mir auf Instagram für tägliche Tipps zum Wohnungskauf",
        "Подписывайтесь на меня в тиктоке, там каждый день советы по покупке квартиры",
    })
    void theAudienceToldToFollowThePresenterForWhatHePostsIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Welcome back to another episode where we look at homes under two million shekels.",
        "Welcome to another video where I show you apartments under two million",
        "ברוכים הבאים לעוד פרק שבו נבדוק דירות עד שני מיליון שקל",
        "Bienvenidos a otro episodio donde vemos casas por menos de dos millones",
        "Добро пожаловать в ещё один выпуск, где мы смотрим квартиры до двух миллионов",
    })
    void aWelcomeToOneMoreEpisodeAndItsSubjectIsAnOpening(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Follow me in your car to the flat, I'll be at the gate at five",
        "Can you follow me on WhatsApp and send the photos of the flat?",
        "Follow up with me on the mortgage, the bank needs the papers by Sunday",
        "Welcome back! We saw another apartment yesterday, can we talk about it?",
        "ברוכים הבאים לשכונה, אנחנו רוצים לראות עוד דירה ביום ראשון",
        "Suivez-moi jusqu'à l'appartement, j'arrive dans dix minutes",
        "שלום, עוד שאלה לגבי הדירה שלי, תחזרו אליי",
        "שלום, תעודת הזהות שלי אצלכם? שלחתי את הצילום בוואטסאפ",
    })
    void aCallerAskedToBeFollowedOrSeeingAnotherFlatPasses(String text) {
        assertPasses(text);
    }
}
