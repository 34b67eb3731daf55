package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the thirty-ninth held-back set (the languages of Israel's newer immigrants) found missed: Amharic's bell, its
 * plural goodbye to an audience ("ደህና ሁኑ"), a website written with its hyphen ("ድረ-ገጽ"), a translation's credit
 * ("የተተረጎመ"), a programme that was, said verb-last ("ዝግጅታችን ይህ ነበር"), and English's wrap-up with "gonna" or "'ll"
 * ("That'll wrap it up for today"). Callers who rang, had a document translated, say goodbye to one agent or wrap up
 * and go on pass.
 */
class AmharicEndingsAndWrapItUpTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "የደወሉን ምልክት ተጫኑ",
        "ደወሉን ተጫኑ፣ ደህና ሁኑ",
        "ሰብስክራይብ አድርጉ፣ ደህና ሁኑ",
        "ለበለጠ መረጃ ድረ-ገጻችንን ይጎብኙ",
        "በአማርኛ የተተረጎመው፡ ሰላም ተስፋዬ",
        "ዝግጅታችን ይህ ነበር፣ ደህና ሁኑ",
        "የዛሬው ዜና ይህ ነበር",
        "ይህ የዛሬው ዝግጅታችን ነበር",
        "That'll wrap it up for today",
        "Alright, that's gonna wrap things up",
        "This is gonna be it for today, guys",
    })
    void anAmharicEndingOrAWrapUpIsCaught(String text) {
        assertCaught(text);
    }

    /**
     * The Amharic rows earlier sets left, which the pooled Amharic figure fell under 0.95 by: a milestone of
     * subscribers, "watch till the end", a bulletin concluded "here" and its presenter's "presented to you", each in
     * wordings of its own.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "ለሁለት መቶ ሺህ ሰብስክራይበሮቻችን እናመሰግናለን",
        "ቪዲዮውን እስከ መጨረሻው ተመልከቱ",
        "የዛሬውን ዜና በዚህ እንቋጫለን",
        "የዛሬውን ዜና ያቀረብኩላችሁ ሰላም ተስፋዬ ነኝ",
    })
    void anAmharicLeftoverIsCaughtInAnotherWording(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ትናንት ደወልኩ ግን ማንም አልመለሰም",
        "ሰነዱ በአማርኛ የተተረጎመ ነው፣ ወደ ቢሮ ላምጣው?",
        "ደህና ሁን፣ ነገ እደውላለሁ",
        "ሰነዶቹን ያቀረብኩላችሁ ትናንት ነው፣ ደርሷችኋል?",
        "ቤቱን እስከ መጨረሻ አይቻለሁ፣ ወድጄዋለሁ",
        "Let's wrap it up for today, I'll call you tomorrow about the contract",
        "That'll be it for the deposit, the rest after we sign",
    })
    void aCallerWhoRangOrWrapsUpAndGoesOnPasses(String text) {
        assertPasses(text);
    }
}
