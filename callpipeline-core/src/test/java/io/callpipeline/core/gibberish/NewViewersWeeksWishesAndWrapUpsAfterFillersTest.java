package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the hundred-and-fourth (English alone a sixth time) and hundred-and-fifth (the same kinds in Hebrew, Arabic and
 * Russian) held-back sets missed, as kinds: the presenter introduced to whoever is new ("If you're new here, hi, I'm
 * Dana, and I help families…", "אם אתם חדשים פה, נעים מאוד, אני…"), left from the ninety-fourth and met again in four
 * languages; a week's wish and "talk soon" ("Хорошей вам недели, скоро увидимся"; Hebrew's and Arabic's "we'll talk",
 * "נדבר", "منحكي", stay a caller's: "שבוע טוב, נדבר"); a wrap-up after filling words ("So yeah, that's pretty much it
 * for today's video"); the start called as a jump; an episode made possible by a sponsor; the presenter back with
 * another vlog. The callers are new in town themselves, talk tomorrow, or are back with a question.
 */
class NewViewersWeeksWishesAndWrapUpsAfterFillersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "If you're new here, hi, I'm Noa, and I help young couples buy their first flat",
        "אם אתם חדשים בערוץ, נעים מאוד, אני רון ואני עוזר לזוגות צעירים לקנות דירה ראשונה",
        "إذا كنتو جداد هون، أهلا فيكم، أنا رامي وبساعد الأزواج الشباب يشتروا أول شقة",
        "Если вы здесь впервые, привет, я Рон, и я помогаю молодым парам купить первую квартиру",
        "Si vous êtes nouveau ici, bonjour, je suis Noa et j'aide les jeunes couples à acheter leur "
                + "premier appartement",
        "Have a wonderful week, talk soon",
        "Хорошей вам недели, скоро увидимся, друзья",
        "إن شاء الله أسبوعكم حلو يا جماعة، نشوفكم قريب",
        "So yeah, that's pretty much it for today's video",
        "Ну вот, на сегодня всё",
        "Alright guys, without further ado, let's jump right into it",
        "This episode was made possible by our friends at the Jerusalem Mortgage Center",
        "Hey guys, it's Maya, back with another vlog",
    })
    void theHundredAndFourthAndFifthSetsKindsAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I'm new here in Jerusalem, my name is Dana, I'm looking for a two bedroom to rent",
        "היי, אני חדשה פה בירושלים, קוראים לי דנה, אני מחפשת דירת שלושה חדרים לשכירות",
        "Здравствуйте, я здесь недавно, меня зовут Дана, ищу двухкомнатную квартиру в аренду",
        "If you're new here in Haifa, I can show you the flat on Sunday, call me",
        "If you're new here, I can show you the area",
        "Hi, that's pretty much it, we signed today, thanks for all your help",
        "נדבר מחר על החוזה, ביי",
        "Talk to you tomorrow, bye",
        "שבוע טוב, נדבר",
        "I want to talk to you about the price",
        "Hi, I'm back with another question about the flat, call me",
    })
    void aCallerNewInTownOrBackWithAQuestionPasses(String text) {
        assertPasses(text);
    }
}
