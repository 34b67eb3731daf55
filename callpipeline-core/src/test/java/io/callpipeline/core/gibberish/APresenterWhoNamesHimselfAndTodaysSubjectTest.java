package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presenter's opening that greets a crowd, names who is speaking and tells today's subject, with no video named
 * ("Hey everybody, it's Dan here, and today I'm going to walk you through five mistakes first-time buyers make",
 * "שלום לכולם, אני יובל, והיום נבדוק כמה עולה דירה בחיפה", "Всем привет, с вами Дима, и сегодня мы разберём…"): the
 * hundred-and-eighteenth and hundred-and-nineteenth held-back sets opened so in Hebrew and English, and the guard knew
 * an opening only by the video it names or a welcome to a channel. A caller who greets a group and names himself goes
 * on to where he is, what he wants to see, a day, an hour or a question.
 */
class APresenterWhoNamesHimselfAndTodaysSubjectTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Hey everybody, it's Dan here, and today I'm going to walk you through five mistakes first-time buyers make.",
        "Hi everyone, my name is Sarah, and today I'll be showing you how to save for a down payment on your first"
                + " home.",
        "שלום לכולם, אני יובל, והיום נבדוק כמה באמת עולה לקנות דירה בחיפה.",
        "היי חברים, כאן נועה, והיום אני הולכת להראות לכם את הטעויות הכי נפוצות של רוכשי דירה ראשונה.",
        "Всем привет, с вами Дима, и сегодня мы разберём главные ошибки, которые совершают покупатели первой квартиры.",
        "Привет, друзья, меня зовут Дима, и сегодня я расскажу, сколько на самом деле стоит квартира в Хайфе.",
        "مرحبا يا جماعة، معكم أحمد، واليوم رح نحكي عن أسعار الشقق في حيفا.",
        "Hola a todos, soy Dani, y hoy vamos a hablar de cuánto cuesta realmente un piso en Madrid.",
        "Salut tout le monde, c'est Julien, et aujourd'hui je vais vous expliquer combien coûte un appartement à"
                + " Paris.",
    })
    void aPresentersOpeningIsNoCall(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi guys, it's Dan, I'm at the flat now, the door is locked, can you call the owner?",
        "Hi everyone, it's Noa, today we're going to see the flat on Herzl with my parents, is that okay?",
        "Hi everyone, it's Noa, today I'm stuck at work, so I'll explain the contract to my husband tonight.",
        "שלום לכולם, אני יובל, אנחנו בדרך לדירה, נגיע עוד רבע שעה.",
        "שלום לכולם, זה יובל, היום אני לא מגיע לדירה, אני אסביר לבעל הבית מחר.",
        "Всем привет, это Дима, сегодня мы не приедем, расскажу всё завтра.",
        "مرحبا يا جماعة، أنا أحمد، اليوم ما رح أقدر آجي على الشقة، بحكي معكم بكرة.",
    })
    void aCallerWhoGreetsAGroupAndNamesHimselfPasses(String text) {
        assertPasses(text);
    }
}
