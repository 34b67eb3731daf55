package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short ending of one sentence whose clauses the short rules judge one by one ("Устраивайтесь поудобнее, будет
 * интересно, поехали", "תתרווחו, היום יהיה מעניין, יאללה מתחילים"), and a presenter's sign-off followed by a wish to
 * the audience rather than a goodbye ("…, this has been Dana with Haifa Homes, keep dreaming"): read whole, each held a
 * word no reading expects, and passed, as three rows of the held-back sets did when the session read them
 * (2026-12-07). A caller's last words are clauses too (a thanks, a goodbye till next time, a "bye", each judged alone),
 * and an order of his own ("keep the keys", "keep me posted") is no wish.
 */
class AnEndingsClausesJudgedOneByOneTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Устраивайтесь поудобнее, будет интересно, поехали",
        "תתרווחו, היום יהיה מעניין, יאללה מתחילים",
        "יאללה חבר'ה, זהו לסטרים של היום, להתראות",
        "Installez-vous confortablement, ça va être intéressant, c'est parti",
        "Until next time, this has been Dana with Haifa Homes, keep dreaming",
        "Until next time, this has been Kitchen Talk with Gal, keep cooking",
    })
    void anEndingsClausesOrASignOffAndAWishAreAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gracias por todo, nos vemos la próxima vez, chao",
        "Thanks for everything, see you next time, bye",
        "شكرا على كل شي، منشوفك المرة الجاية، باي",
        "Merci pour tout, à la prochaine fois, salut",
        "Thanks for the tour, see you next week, bye",
        "Okay, that's it for today, I'll call you tomorrow, bye",
        "יאללה, זהו להיום, אני אתקשר מחר, ביי",
        "This is Mark with Jerusalem Homes, keep the keys please",
        "Keep me posted, thanks, bye",
        "Okay, keep looking for me, thanks",
        "Thanks, keep in touch, bye",
    })
    void aCallersLastClausesPass(String text) {
        assertPasses(text);
    }
}
