package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-fourth held-back set's "The following content is provided under a Creative Commons license", the opening
 * of the recorded lectures Whisper learnt from, and its kin: a licence named as the content's, in six languages. The
 * "All rights reserved" of the phrase list was a licence's only form. A caller speaks of a licence too (a permit for
 * the renovation, a licence to rent out), never of a Creative Commons one, and passes.
 */
class LicenceNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This lecture is licensed under a Creative Commons Attribution license.",
        "Your support will help MIT OpenCourseWare continue to offer high quality educational resources for free.",
        "Cette vidéo est sous licence Creative Commons.",
        "Este contenido se distribuye bajo una licencia Creative Commons.",
        "Dieses Video steht unter einer Creative-Commons-Lizenz.",
        "Материал распространяется по лицензии Creative Commons.",
        "התוכן מופץ תחת רישיון Creative Commons.",
    })
    void aLicenceNoticeIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, the licence for the renovation came through, the contractor can start on Sunday.",
        "Do I need a licence to rent out the flat on Airbnb?",
        "Bonjour, la licence du gérant est expirée, il faut la renouveler avant le bail.",
        "הרישיון של הקבלן בתוקף, אפשר להתחיל בשיפוץ ביום ראשון.",
        "Лицензия у управляющей компании есть, можно подписывать договор.",
    })
    void aCallersLicencePasses(String text) {
        assertPasses(text);
    }
}
