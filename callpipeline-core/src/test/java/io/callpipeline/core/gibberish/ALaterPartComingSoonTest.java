package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A series' later part promised soon or to stay tuned for ("Stay tuned for part two", "חלק שני יעלה בקרוב", "الجزء
 * الثاني قريبا", "Вторая часть выйдет совсем скоро"): the hundred-and-fourteenth and hundred-and-fifteenth held-back
 * sets said it in four languages, and the guard knew a later part as the next one only after a part said to have been.
 * A caller's second part is of a payment or a contract, which its "of" names.
 */
class ALaterPartComingSoonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Stay tuned for part two.",
        "Part three is coming soon, stay tuned",
        "חלק שני יעלה בקרוב, אז תהיו מוכנים",
        "الجزء الثاني قريبا، خليكم جاهزين",
        "Вторая часть выйдет совсем скоро, так что ждите",
        "La deuxième partie arrive bientôt",
    })
    void aLaterPartPromisedSoonIsTheSeriesNext(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The second part of the payment will come soon, I'll call you",
        "החלק השני של התשלום יגיע בקרוב, תעדכן אותי",
        "الجزء الثاني من الدفعة قريبا، رجعلي",
        "Вторая часть оплаты скоро придёт, перезвоните",
        "Part two of the contract is ready soon? Call me",
    })
    void aCallersSecondPartOfAPaymentPasses(String text) {
        assertPasses(text);
    }
}
