package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's wrap-up and its goodbye or care wish in the languages the identifier names that the lists held least of
 * ("Bugünlük bu kadar, kendinize iyi bakın", "Asta a fost tot pentru azi, aveți grijă de voi", "Dat was het voor
 * vandaag, pas goed op jezelf", "امروز همین بود، مراقب خودتون باشید", "Αυτά για σήμερα, να προσέχετε"): Turkish's
 * goodbye was listed in the singular only, Romanian's, Dutch's and Polish's without their care wishes, and Persian and
 * Greek had neither a wrap-up nor a pleasantry, so the wish read as a caller's words after the wrap-up. Found while
 * endings in those languages were probed. A caller's goodbye goes on to the flat, the day or the viewing.
 */
class AWrapUpAndItsGoodbyeInEveryNamedLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Bugünlük bu kadar, kendinize iyi bakın",
        "Bugünlük bu kadar, hoşça kalın",
        "Asta a fost tot pentru azi, aveți grijă de voi",
        "Dat was het voor vandaag, pas goed op jezelf",
        "To wszystko na dziś, uważajcie na siebie",
        "امروز همین بود، مراقب خودتون باشید",
        "Αυτά για σήμερα, να προσέχετε",
        "Αυτά για σήμερα φίλοι μου, γεια σας",
    })
    void aWrapUpAndItsGoodbyeIsAnEnding(String text) {
        assertCaught(text);
    }

    /** Turkish's "to be continued" and its audience's views awaited in the comments, which passed; the others' held. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Devamı gelecek",
        "Yorumlarda görüşlerinizi bekliyorum",
        "Ciąg dalszy nastąpi",
        "Va urma",
        "Wordt vervolgd",
    })
    void aSeriesToBeContinuedOrTheCommentsAwaitedIsAnEnding(String text) {
        assertCaught(text);
    }

    /**
     * The week's or the moment's wrap-up, and a thanks for watching or listening before "to be continued", in the
     * words the hundred-and-fifty-sixth held-back set's Turkish misses said them with.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Şimdilik bu kadar, hoşça kalın",
        "Bu seferlik bu kadar arkadaşlar",
        "Αυτά για αυτή την εβδομάδα, να προσέχετε",
        "این هفته همین بود، خدانگهدار",
        "Dat was het voor deze week, tot ziens",
        "İzlediğiniz için teşekkürler, devamı gelecek",
        "Dziękuję za wysłuchanie, ciąg dalszy nastąpi",
        "Mulțumesc pentru vizionare, va urma",
    })
    void aWrapUpForTheWeekOrAThanksBeforeToBeContinuedIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Devamı gelecek hafta, sözleşmeyi getiriyorum",
        "Şimdilik bu kadar, yarın sözleşmeyi getiriyorum, hoşça kalın",
        "Bu hafta görüşemeyiz, salı günü daireyi gösteririm, teşekkürler",
        "Teklifle ilgili görüşlerinizi bekliyorum, teşekkürler",
        "Görüşmek üzere, salı günü daireyi görmeye geliyorum",
        "Kendinize iyi bakın, yarın sözleşme için arayacağım",
        "Pe curând, vin joi la vizionare la ora cinci",
        "Tot later, ik kom dinsdag kijken naar het appartement",
        "Uważaj na siebie, jutro dzwonię w sprawie mieszkania",
        "خداحافظ، فردا ساعت پنج برای بازدید آپارتمان میام",
        "Γεια σας, έρχομαι αύριο στις πέντε να δω το διαμέρισμα",
        "Να προσέχετε, τα κλειδιά είναι στον γείτονα",
    })
    void aCallersGoodbyeBesideTheFlatPasses(String text) {
        assertPasses(text);
    }
}
