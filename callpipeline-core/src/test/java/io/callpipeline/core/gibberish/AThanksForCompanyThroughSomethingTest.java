package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller's thanks for the agent's company through something of theirs, the false positive the ninetieth held-back
 * set (English alone) found on first scoring: "thanks for sticking with me" is a presenter's thanks to the audience
 * that stayed, but "…through all the paperwork", "…לאורך כל תהליך המכירה", "…во время всего ремонта" names what the
 * company was through, in the thanks' own clause, and a presenter's goes on to no more than the end or today. The
 * presenters' thanks beside them stay caught.
 */
class AThanksForCompanyThroughSomethingTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for staying with us through the whole renovation, bye",
        "Thanks for being with me through the whole process, I appreciate it",
        "תודה שהייתם איתנו לאורך כל תהליך המכירה, ביי",
        "Спасибо, что были с нами во время всего ремонта, до свидания",
        "Merci d'être restés avec nous pendant toute la rénovation, au revoir",
    })
    void aThanksForCompanyThroughTheCallersBusinessPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for sticking with me till the end, see you next time",
        "תודה שהייתם איתנו עד הסוף, ביי",
        "Спасибо, что были с нами, до встречи",
        "Thanks for being with us today, bye",
        "Merci d'être restés avec nous jusqu'à la fin, à bientôt",
    })
    void aPresentersThanksForTheAudiencesCompanyIsCaught(String text) {
        assertCaught(text);
    }
}
