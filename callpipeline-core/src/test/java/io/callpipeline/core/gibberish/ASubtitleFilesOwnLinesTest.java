package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A film's subtitle file ends in lines of its own, and Whisper, which learnt from such files, writes them over silence:
 * the release's credits for syncing, ripping and encoding ("Sync and corrections by n17t01", "Ripped by…", "Релиз
 * группы…", "Sincronizzazione: …") and the subtitle sites' own lines and names ("Advertise your product or brand here
 * contact www.OpenSubtitles.org today", "Downloaded from YTS.MX", addic7ed, Subscene, Podnapisi, Titlovi, subdivx,
 * aRGENTeaM). The session's probes of published Whisper inventions (2026-12-07) found thirteen of them passing in
 * English, Italian, French, Russian and Spanish; a caller who syncs a calendar, encodes a form, speaks of a project's
 * release or asks for subtitles still passes.
 */
class ASubtitleFilesOwnLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Sync and corrections by n17t01",
        "Subs by Zeoranger",
        "Ripped by Anonymous",
        "Encoded by Mike",
        "Resync by Lost",
        "Re-synced for WEB-DL by Kiwi",
        "Corrected and synced by Rodrigo",
        "Advertise your product or brand here contact www.OpenSubtitles.org today",
        "Support us and become VIP member to remove all ads from www.OpenSubtitles.org",
        "Downloaded from YTS.MX",
        "Official YIFY movies site: YTS.MX",
        "Subtitles from Subscene",
        "Sincronizzazione: Subsfactory",
        "Sincronizzato da Marco",
        "Synchro : Fred",
        "Synchro und Korrektur: Jens",
        "Релиз группы LostFilm",
        "Релиз подготовлен командой NewStudio",
        "Subs por Zeoranger",
        "Subtítulos de aRGENTeaM, www.argenteam.net",
        "Napisy pobrane z napisy24.pl",
        "Titlovi preuzeti sa Titlovi.com",
        "www.podnapisi.net",
    })
    void aSubtitleFilesOwnLineIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sync the viewing with my calendar please, I keep missing your messages",
        "I encoded the address wrong in the form, it's Herzl 12, not 21",
        "The subs to the building committee are three hundred a month, is that right?",
        "Релиз нового проекта будет в марте, цены ещё не знаем",
        "I downloaded the contract from your site, the second page is missing",
        "Can you send the video of the flat with subtitles? My father doesn't hear well",
        "The release of the mortgage funds is next week, so we can sign on Thursday",
        "Synchro avec le notaire: il faut signer avant vendredi",
        "Ripped out the old kitchen already, so the flat is empty now, call me",
    })
    void aCallerWhoSpeaksOfSyncingOrReleasingPasses(String text) {
        assertPasses(text);
    }
}
