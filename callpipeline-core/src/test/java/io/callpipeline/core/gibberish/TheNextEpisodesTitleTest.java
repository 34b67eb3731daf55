package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A teaser names the next episode by a question after a colon ("בפרק הבא: מה קורה כשהשכנים מתחילים לבנות? אל
 * תפספסו", the forty-fifth held-back set's miss): the question is the episode's title, not a caller's, since a
 * question made any ending a caller's. A caller who asks about the next episode asks without the title's colon. Left:
 * a title whose words are a caller's ("…when the neighbours start building?", "…des travaux ?": a building, works) is
 * still read as a call's, the title's words not being read as the next episode's subject as "we'll talk about…" is.
 */
class TheNextEpisodesTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "בפרק הבא: מה קורה כשהשכנים מתחילים לבנות? אל תפספסו",
        "В следующем выпуске: что делать, если соседи начали стройку? Не пропустите",
        "بالحلقة الجاية: شو بتعمل إذا الجيران بلشوا يعمروا؟ لا تفوتوها",
        "In the next episode: what happens when the neighbours get noisy? Don't miss it",
    })
    void theNextEpisodesTitleAskedIsNoCallersQuestion(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "בפרק הבא של הסדרה שלכם תראו את הדירה שלי? תחזרו אליי",
        "In the next episode will you show my flat? Call me back please",
        "ראיתי את הפרק הבא: מתי הדירה הזאת עולה למכירה? תחזרו אליי",
    })
    void aCallerAskingAboutTheNextEpisodePasses(String text) {
        assertPasses(text);
    }
}
