package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the ninety-fifth held-back set's Amharic and French said and the guard did not know, with the English goodbye
 * of the ninety-fourth: the bell pressed ("የደወል ምልክቱን ይጫኑ"), today's programme and what it will show ("በዛሬው ፕሮግራማችን
 * የምናየው…", the subject a teaser tells being its own words however many), and a goodbye's wishes to a crowd ("ቸር
 * ይግጠመን", "እስከምንገናኝ ድረስ ደህና ሁኑ", "Et surtout, prenez soin de vous", "Stay safe out there everyone"). The
 * callers beside them say the same wishes around what they want, or tell their agent what they will see.
 */
class AmharicTeasersBellsAndGoodbyeWishesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "የደወሉን ምልክት ይጫኑ",
        "በዛሬው ፕሮግራማችን የምናየው በሐይፋ የሚገኝ አፓርታማ ነው",
        "በዛሬው ዝግጅታችን የምንመለከተው በኔታንያ ያለ ቪላ ነው",
        "In today's show we'll talk about a villa in Caesarea with a garden and a pool",
        "ቸር ያሰንብተን",
        "እስከምንገናኝ ድረስ ቸር ሁኑ",
        "ደህና ሁኑ፣ ቸር ይግጠመን",
        "Et surtout, prenez bien soin de vous",
        "Stay safe out there, everybody",
    })
    void aBellATeaserOrAGoodbyesWishesAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ዛሬ ቤቱን እናያለን፣ ደውልልኝ",
        "ሰላም፣ ደህና ነህ? ስለ ቤቱ ደውልልኝ",
        "ደህና ሁኑ፣ ነገ በአስር ሰዓት እመጣለሁ",
        "ጤና ይስጥልኝ፣ ቤቱን ማየት እፈልጋለሁ",
        "Et surtout, rappelez-moi pour l'appartement",
        "Stay safe out there, the roads are flooded, call me when you can",
        "I saw your programme, we'll talk about the price when we meet, call me",
        "היום בתוכנית נדבר על הדירה של אחי בחולון, תתקשר אליי",
    })
    void aCallerWhoWishesWellAroundWhatHeWantsPasses(String text) {
        assertPasses(text);
    }
}
