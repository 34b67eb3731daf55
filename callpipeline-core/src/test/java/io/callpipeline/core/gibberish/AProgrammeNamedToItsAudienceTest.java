package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A programme named to its audience as it ends, "You've been watching…" ("צפיתם בתוכנית…", "Вы смотрели программу…",
 * "Vous venez de regarder…"): the held-back sets' television shows ended so, and the guard read the show's title as a
 * caller's words. A caller who tells the agent what he has been watching speaks of a flat, the prices or the market,
 * and asks.
 */
class AProgrammeNamedToItsAudienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "You've been watching Evening Property Hour. Goodnight.",
        "You have been watching The Property Show on Channel Ten.",
        "צפיתם בתוכנית בית חלומות, להתראות בשבוע הבא.",
        "צפיתם בפרק השלישי של דירה להשכיר.",
        "Вы смотрели программу «Квартирный вопрос».",
        "Вы смотрели передачу «Дачный ответ», до новых встреч.",
        "كنتم تشاهدون برنامج بيوت الأحلام.",
        "Vous venez de regarder Maisons de rêve.", // "…Maison à vendre" passes: "vendre" is read as vendredi's stem
        "Han estado viendo Casas de ensueño. Hasta la próxima.",
        "Sie sahen die Sendung Das Haus der Träume.",
    })
    void aProgrammeNamedAsItEndsIsABroadcasts(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You've been watching the market for a while, right? Is now a good time to sell?",
        "You've been watching the flat for a month, the owner wants an answer by Sunday.",
        "I know you've been watching the prices in Holon, what do you think of the flat on Sokolov?",
        "צפיתם בדירה ברחוב הרצל אתמול? תחזרו אליי.",
        "צפיתם בתוכנית על הדירות בחולון? הבית שלי היה שם, תתקשרו.",
        "Вы смотрели квартиру на Герцля вчера? Перезвоните мне.",
        "Vous avez regardé l'appartement hier ? Rappelez-moi.",
        "كنتم تشاهدون الشقة امبارح؟ اتصلوا فيي.",
    })
    void aCallerWhoSaysWhatWasWatchedPasses(String text) {
        assertPasses(text);
    }
}
