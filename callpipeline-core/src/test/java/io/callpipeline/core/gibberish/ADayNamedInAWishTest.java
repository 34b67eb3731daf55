package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day named in a wish is no day to meet ("תודה שצפיתם, שבת שלום!", "Thanks for watching, and happy Sunday!",
 * "Спасибо за просмотр и хорошего воскресенья!"): a video's thanks and goodbye with a Sabbath's greeting or a good
 * Sunday wished were read as a caller's, since a short goodbye that names a day is how a caller books a meeting. The
 * held-back sets' Hebrew lessons and forecasts ended in "שבת שלום" so. A caller who wishes a good Sabbath names the day
 * he will call or meet on too, or asks.
 */
class ADayNamedInAWishTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה שצפיתם, שבת שלום!",
        "זהו להיום, שבת שלום לכולם.",
        "Thanks for watching, and happy Sunday!",
        "Gracias por ver el video, feliz domingo.",
        "Danke fürs Zuschauen und einen schönen Sonntag!",
        "Спасибо за просмотр и хорошего воскресенья!",
        "Grazie per la visione e buona domenica!",
        "Obrigado por assistir e bom domingo!",
    })
    void aVideosEndingWithADayWishedIsNoCall(String text) {
        assertCaught(text); // a video's ending, or its phrase with a pleasantry
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה על הסרטון של הדירה, שבת שלום, נדבר ביום ראשון.",
        "Thanks, happy Sunday, I'll call you Monday about the offer.",
        "Gracias, feliz domingo, le llamo el lunes por el piso.",
        "Спасибо, хорошего воскресенья, перезвоню в понедельник.",
        "Danke, schönen Sonntag, ich rufe Sie am Montag an.",
        "שבת שלום, אפשר לראות את הדירה במוצאי שבת?",
        "Thanks for the video of the flat, see you Sunday at ten.",
    })
    void aCallerWhoWishesAndNamesADayPasses(String text) {
        assertPasses(text);
    }
}
