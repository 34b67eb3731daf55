package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the eighty-second held-back set (Hebrew alone) missed, in the languages that say them: a video sponsored,
 * or its sponsor thanked, in the words Hebrew, Russian, Arabic and Spanish say it with ("ממומן על ידי", "לספונסר",
 * "спонсирует", "برعاية", "patrocinado"), which only English, French, German, Italian and Portuguese had; and a
 * milestone's subscribers with the article ("50 אלף המנויים"); a company's name in quotes is a name, not the
 * caller's flat ("חברת "בית פלוס""). The callers beside them name who pays for their own renovation or mortgage, or a
 * company, and ask; a lawyer's abbreviation ("עו"ד") opens no quote.
 */
class ASponsorInEveryLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "הסרטון הזה ממומן על ידי חברת \"בית פלוס\", הקישור בתיאור",
        "תודה לספונסר של הסרטון, חברת \"קל בית\"",
        "Это видео спонсирует компания «Новый дом», ссылка в описании",
        "هذا الفيديو برعاية شركة بيت المستقبل، الرابط في الوصف",
        "Este video está patrocinado por Casa Nueva, el enlace está en la descripción",
        "Спасибо спонсору этого видео, компании «Новый дом»",
        "شكراً لراعي هذا الفيديو، شركة بيت المستقبل",
        "Gracias al patrocinador de este video, Casa Nueva",
    })
    void aSponsoredVideoIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה ל-20 אלף המנויים! אתם מדהימים",
        "תודה ענקית לעשרת אלפים המנויים, אתם הכי טובים",
    })
    void aMilestonesSubscribersWithTheArticleAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום, אני רוצה לדעת מי מממן את השיפוץ בדירה, תחזור אליי",
        "Здравствуйте, я по поводу квартиры, ипотеку спонсирует банк, перезвоните мне завтра",
        "مرحبا، الشركة اللي برعايتها المشروع بدها تحكي معك عن الشقق، رن علي",
        "Hola, la reforma del piso está patrocinada por el ayuntamiento, llámeme mañana",
        "תודה, יש לנו חמישים אלף שקל מהמנויים של העסק, אפשר לדבר על הדירה?",
        "שלום, אני עו\"ד כהן, לגבי הדירה בת\"א, תודה על הסרטון, נדבר",
        "היי, זה מהמשרד של \"בית פלוס\", ראינו את הסרטון שלכם, תחזרו אלינו לגבי פרסום",
    })
    void aCallerWhoNamesWhoPaysPasses(String text) {
        assertPasses(text);
    }
}
