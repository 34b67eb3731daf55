package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subtitles credit that opens with the subtitles' word in a language Whisper writes but no list held ("Feliratok:
 * Kovács Anna", "Титлови: Марко Петровић", "Subtítols: Jordi Puig", "Ենթագրերը՝ Անի Պետրոսյան"): a probe of credits in
 * the rest of Whisper's languages (2026-12-07) found them passing where the same credit in Russian, Turkish or Greek
 * was caught. The word is listed among the subtitles' ({@code video-endings.tsv}); a caller who needs the subtitles of
 * a contract or did not understand the listing's caption asks for something, and passes.
 */
class ASubtitlesCreditInWhispersOtherLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Feliratok: Szabó Péter",
        "Титлови: Јелена Јовановић",
        "Undertekster: Ingrid Berg",
        "Undertexter: Anna Lindqvist",
        "Podnapisi: Maja Kovač",
        "Titlovi: Petra Babić",
        "Subtítols: Marta Vidal",
        "Is-deitlau: Rhys Evans",
        "Azpitituluak: Jon Agirre",
        "Subtiitrid: Kati Kask",
        "Ենթագրերը՝ Արամ Սարգսյան",
        "სუბტიტრები: გიორგი კაპანაძე",
    })
    void aSubtitlesCreditInAnyOfWhispersLanguagesIsAnInvention(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Potřebuji titulky ke smlouvě, můžete mi je poslat?",
        "Csak a feliratot nem értem a hirdetésben, felhívna?",
        "Voin lähettää tekstitykset huomenna",
        "Trebam titlove za ugovor, pošaljite mi ih sutra",
        "Necesito los subtítols del vídeo del pis, me llamas?",
    })
    void aCallerWhoSpeaksOfSubtitlesPasses(String text) {
        assertPasses(text);
    }
}
