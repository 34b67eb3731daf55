package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A blessing said at length to a whole audience ("May God bless you all and keep you safe, amen", "جزاكم الله خيرا
 * وبارك الله فيكم جميعا", "שבת שלום ומבורך לכל עם ישראל"), and the scripture a religious broadcast recites ("The Lord
 * is my shepherd", "لا إله إلا الله", "Во имя Отца и Сына и Святого Духа"): the hundred-and-thirteenth held-back set
 * said them in seven languages, and the guard knew God's formulas only in six words, with every other word a word of
 * God's, and knew no scripture. A caller blesses his agent and goes on about the contract, the mortgage or the keys.
 */
class BlessingsAtLengthAndScriptureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "May God bless you all and keep you safe, amen.",
        "God bless each and every one of you, and God bless Israel",
        "Que Dieu vous bénisse tous, amen.",
        "Que Dios los bendiga a todos, amén.",
        "جزاكم الله خيرا وبارك الله فيكم جميعا",
        "بارك الله فيكم جميعا وجزاكم الله كل خير",
        "Храни вас Господь, дорогие братья и сёстры, аминь",
        "שבת שלום ומבורך לכל עם ישראל ולכל הצופים",
        "חג שמח ומבורך לכל בית ישראל",
        "אמן ואמן, כן יהי רצון",
        "እግዚአብሔር ሁላችሁንም ይባርካችሁ፣ አሜን",
    })
    void aBlessingSaidAtLengthToAWholeAudienceIsNoCall(String text) {
        assertCaughtAs(text, HallucinationPhraseRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Lord is my shepherd, I shall not want.",
        "Our Father, who art in heaven, hallowed be thy name",
        "מזמור לדוד, ה' רועי לא אחסר, בנאות דשא ירביצני",
        "יברכך ה' וישמרך, יאר ה' פניו אליך ויחנך",
        "שמע ישראל ה' אלוהינו ה' אחד",
        "لا إله إلا الله، محمد رسول الله",
        "ربنا آتنا في الدنيا حسنة وفي الآخرة حسنة وقنا عذاب النار",
        "بسم الله الرحمن الرحيم، الحمد لله رب العالمين",
        "Во имя Отца и Сына и Святого Духа. Аминь.",
        "Отче наш, Иже еси на небесех, да святится имя Твое",
        "Au nom du Père, du Fils et du Saint-Esprit, amen",
        "En el nombre del Padre, del Hijo y del Espíritu Santo, amén",
    })
    void scriptureABroadcastRecitesIsNoCall(String text) {
        assertCaughtAs(text, HallucinationPhraseRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "God bless you all, we signed the contract today, thank you so much",
        "Que Dieu vous bénisse, on a signé le contrat, rappelez-moi pour les clés",
        "بارك الله فيكم جميعا، وقعنا العقد اليوم، بدنا المفاتيح",
        "Храни вас Господь, ипотеку одобрили, когда подписываем?",
        "שבת שלום לכולם, רציתי לשאול אם הדירה ברחובות עדיין פנויה",
        "אמן, שיהיה בשעה טובה, מתי מקבלים את המפתחות?",
        "בשם השם, אני רוצה לקנות את הדירה, תחזרו אליי",
        "In the name of my father, who owns the flat, I want to sign the lease",
        "Во имя здравого смысла, снизьте цену, перезвоните",
        "Shalom, Israel here, from the bank, call me back about the mortgage",
    })
    void aCallerWhoBlessesAndGoesOnAboutHisBusinessPasses(String text) {
        assertPasses(text);
    }
}
