package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of a video's ending found by writing ninety endings of our own after the eighteenth set (no held-back row
 * read; 31 passed): the link in the bio ("לינק בביו", "Ссылка в шапке профиля"), a community or a channel to join
 * ("Вступайте в наш телеграм-канал", "انضموا لقناتنا على تيليجرام", "Join our Discord community"), a sponsor who
 * brought the video, a channel to check out, "see you in the comments", "catch you in the next one", more videos
 * coming soon, notifications to turn on, and farewells said to nobody ("Берегите себя, увидимся", "ביי ביי, אוהבת
 * אתכם", "باي باي، بحبكم"). A caller who joins the viewing, checks out the listing or says goodbye around his flat
 * passes. Two first versions were wrong and mended before they landed: Hebrew's "התראות" (notifications) is inside
 * "להתראות" (goodbye), and English's "join" was read as Romanian's "joi" (Thursday), a day to meet.
 */
class BioLinksCommunitiesAndFarewellsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Link in bio",
        "לינק בביו",
        "Ссылка в шапке профиля",
        "Lien dans la bio",
        "Link en la bio",
        "Вступайте в наш телеграм-канал",
        "انضموا لقناتنا على تيليجرام",
        "Join our Discord community, link below",
        "מוזמנים להצטרף לקבוצה שלנו בטלגרם",
        "If you enjoyed this, consider supporting me on Patreon",
        "This video was brought to you by NordVPN",
        "Go check out the full episode on my channel",
        "See you in the comments",
        "Catch you in the next one, peace",
        "More videos coming soon, stay tuned",
        "אל תשכחו להפעיל התראות",
        "Compartan el video",
        "Thanks for hanging out with me today",
        "יאללה, סיימנו להיום",
    })
    void aBioLinkACommunityOrTheNextOneIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Берегите себя, увидимся",
        "دير بالك على حالك، نشوفكم",
        "ביי ביי, אוהבת אתכם",
        "باي باي، بحبكم",
        "Stay safe, stay healthy, and see you soon",
    })
    void aFarewellSaidToNobodyIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Can my wife join the viewing tomorrow?",
        "I'd like to join the tour on Sunday",
        "Check out the listing I sent you, the kitchen is new",
        "אני רוצה להצטרף לסיור ביום שני",
        "Я хочу присоединиться к просмотру в среду",
        "See you at the flat, bring the keys",
        "The next one is on Sunday, see you",
        "Another flat came up, call me back",
        "Берегите себя, до встречи в агентстве в среду",
        "I love the flat, see you at the signing",
        "אני אוהב את הדירה, נתראה בחתימה",
        "My bio is on the application form",
        "We're a group of four students looking for a flat",
        "אנחנו קבוצה של ארבעה סטודנטים שמחפשים דירה",
        "בסדר, הבנתי את העניין עם המשכנתא, תודה ולהתראות",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
