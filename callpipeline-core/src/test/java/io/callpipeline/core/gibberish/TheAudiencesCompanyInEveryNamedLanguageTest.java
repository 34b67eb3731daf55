package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seventy-first held-back set's Persian "ممنون که تا آخر ویدیو همراه ما بودید" (thanks for being with us to the
 * video's end): the audience thanked for its company, which English, Hebrew, Russian, Arabic, French, Spanish and
 * German said as phrases, and the other languages the identifier names did not. A caller who thanks for company at a
 * viewing, and names the flat or a call back, passes.
 */
class TheAudiencesCompanyInEveryNamedLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "مرسی که تا آخر با ما همراه بودید",
        "Sonuna kadar bizimle olduğunuz için teşekkürler",
        "Grazie per essere stati con noi fino alla fine",
        "Dziękujemy, że byliście z nami do końca",
        "Bedankt dat jullie tot het einde bij ons waren",
        "Vă mulțumim că ați fost alături de noi până la final",
        "Ευχαριστούμε που ήσασταν μαζί μας μέχρι το τέλος",
        "Дякуємо, що були з нами до кінця",
    })
    void theAudienceThankedForItsCompanyIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ممنون که امروز با ما به دیدن آپارتمان آمدید، فردا تماس می‌گیرم",
        "Dün daireyi gezerken bizimle olduğunuz için teşekkürler, yarın ararım",
        "Grazie per essere stati con noi alla visita dell'appartamento, vi richiamo domani",
        "Dziękujemy, że byliście z nami na oglądaniu mieszkania, zadzwonię jutro",
        "Дякуємо, що були з нами на огляді квартири, передзвоню завтра",
    })
    void aCallerWhoThanksForCompanyAtAViewingPasses(String text) {
        assertPasses(text);
    }
}
