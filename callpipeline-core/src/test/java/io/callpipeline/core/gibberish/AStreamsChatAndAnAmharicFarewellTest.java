package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream's audience called by its chat ("Okay chat, that's gonna be it for today") and an Amharic programme's
 * farewell ("ውድ ተመልካቾች፣ እዚህ ላይ እንሰናበታለን", "ሰላም ሁኑ፣ ቸር ያሰማን"): the hundred-and-sixteenth and
 * hundred-and-seventeenth held-back sets said them, and the guard knew neither as an audience or a goodbye. A caller
 * left his questions in a website's chat; an Amharic caller wishes good news and asks. Left: the farewell beside
 * "today's programme" ("በዛሬው ፕሮግራማችን እዚህ ላይ እንሰናበታለን").
 */
class AStreamsChatAndAnAmharicFarewellTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay chat, that's gonna be it for today.",
        "ሰላም ሁኑ፣ ቸር ያሰማን",
        "ውድ ተመልካቾች፣ እዚህ ላይ እንሰናበታለን",
    })
    void aStreamsChatOrAnAmharicFarewellIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, I left my questions in the chat on your website but nobody answered.",
        "I'm in the chat with the landlord now, he says tomorrow at ten",
        "ሰላም፣ ቸር ወሬ ያሰማን፣ ባንኩ ብድሩን አጽድቋል?",
        "አመሰግናለሁ፣ ነገ በአስር ሰዓት እንገናኝ",
    })
    void aCallerInAWebsitesChatOrWishingGoodNewsPasses(String text) {
        assertPasses(text);
    }
}
