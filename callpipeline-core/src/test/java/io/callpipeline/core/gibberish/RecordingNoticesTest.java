package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notices a published recording opens or closes with, which Whisper learnt with the audiobooks and films it was
 * trained on: the copyright line ("All rights reserved", "כל הזכויות שמורות") and the public-domain audiobook's
 * announcement ("This is a LibriVox recording. All LibriVox recordings are in the public domain."). The eighth
 * held-back set missed both at its first scoring; these are the same notices in at least three languages. A
 * caller who speaks of rights or of a recording among what he asks passes.
 */
class RecordingNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "All rights reserved",
        "All rights reserved.",
        "© 2021 All rights reserved",
        "כל הזכויות שמורות",
        "כל הזכויות שמורות ©",
        "جميع الحقوق محفوظة",
        "Все права защищены",
        "Tous droits réservés",
        "Todos los derechos reservados",
        "Alle Rechte vorbehalten",
        "Tutti i diritti riservati",
        "Todos os direitos reservados",
        "This is a LibriVox recording. All LibriVox recordings are in the public domain.",
        "This recording is in the public domain.",
        "Esta es una grabación de LibriVox. Todas las grabaciones de LibriVox están en el dominio público.",
        "Ceci est un enregistrement LibriVox. Tous les enregistrements LibriVox sont dans le domaine public.",
        "Dies ist eine LibriVox-Aufnahme. Alle LibriVox-Aufnahmen sind gemeinfrei.",
        "Это запись LibriVox. Все записи LibriVox являются общественным достоянием.",
    })
    void aRecordingsNoticeIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "כל הזכויות שמורות לבעלים לפי החוזה? אני רוצה לבדוק לפני שאני חותם",
        "Is it true that all rights are reserved for the owner until the contract is signed?",
        "I recorded the viewing yesterday, the recording is in my phone, I will send it",
        "جميع الحقوق محفوظة للمالك حسب العقد؟ بدي أفهم قبل ما أوقع",
    })
    void aCallerSpeakingOfRightsPasses(String text) {
        assertPasses(text);
    }
}
