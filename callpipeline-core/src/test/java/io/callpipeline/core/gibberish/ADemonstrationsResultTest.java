package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A demonstration's result shown off, "and that's how you make…", "and there you have it…" ("וככה מכינים…", "Вот так
 * легко можно…", "Y así es como se prepara…"): the held-back sets' cooks and repairmen ended so, and the guard read
 * the tart, the pizza or the faucet as a caller's. A caller asks the way ("So that's how you get to the building?"),
 * tells a deal done ("And there you have it, the contract is signed") or says "voilà" before his business.
 */
class ADemonstrationsResultTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "And that's how you make a perfect shakshuka in fifteen minutes.",
        "So that's how you replace a broken tile without any special tools.",
        "And there you have it, a fully painted bedroom in one afternoon.",
        "וככה מכינים חלה מושלמת בבית.",
        "והנה לכם, מטבח מבריק בלי מאמץ.",
        "Вот так легко можно покрасить стены своими руками.",
        "Вот так готовится настоящий борщ.",
        "وهكذا نحضر أطيب كعكة في البيت.",
        "Et voilà comment réparer un robinet qui fuit.",
        "Y así es como se prepara una paella auténtica.",
        "Und so einfach baut man ein Regal selbst.",
    })
    void aResultShownOffIsADemonstrations(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "So that's how you get to the building? Second left after the bank?",
        "And there you have it, the contract is signed, thanks for everything.",
        "ככה מגיעים לבניין? שמאלה אחרי הבנק?",
        "וזהו, החוזה חתום, תודה על הכול.",
        "Вот и всё, договор подписан, спасибо вам.",
        "Voilà, c'est pour l'appartement à Netanya, vous pouvez me rappeler ?",
        "Y así es como quedamos, el jueves a las cinco en el piso.",
        "وهكذا اتفقنا، يوم الخميس الساعة خمسة بالشقة.",
        "That's how you make an offer here? Through the lawyer?",
        "And that's how you make the transfer, through the bank app.",
        "So that's how you fix the price, with the seller directly.",
    })
    void aCallerWhoAsksTheWayOrClosesADealPasses(String text) {
        assertPasses(text);
    }
}
