package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending in the languages Whisper takes a silent line for when it is not told the language (the second
 * transcription drops the Hebrew hint): Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Hungarian and Afrikaans,
 * as the speech apps of those languages list them ("Tack för att du tittade", "Svensktextning.nu", "Kiitos
 * katsomisesta", "Dankie dat jy gekyk het"). Their texts are named by the identifier as some neighbour language it
 * profiles, so only what they say catches them. A caller who goes on about the flat after the same words passes.
 */
class WhisperSilenceLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Tack för att du tittade",
        "Tack för att ni tittade på videon",
        "Glöm inte att prenumerera på kanalen",
        "Vi ses i nästa video",
        "Undertexter från BTI Studios",
        "Tak fordi du så med",
        "Husk at abonnere på kanalen",
        "Takk for at du så på",
        "Kiitos katsomisesta",
        "Muista tilata kanava",
        "Děkuji za zhlédnutí",
        "Nezapomeňte odebírat kanál",
        "Ďakujem za pozornosť",
        "Köszönöm, hogy megnézted",
        "Iratkozzatok fel a csatornára",
        "Dankie dat jy gekyk het",
        "Onderskrifte deur Jan de Wet",
    })
    void anEndingInALanguageWhisperMistakesSilenceForIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tack för att du tittade på lägenheten igår, vi vill lägga ett bud på den",
        "Tak fordi du viste os lejligheden, vi vil gerne se den igen på søndag",
        "Kiitos katsomisesta eilen, haluamme nähdä asunnon uudelleen sunnuntaina",
        "Děkuji za zhlédnutí bytu, zavolejte mi prosím zítra",
    })
    void aCallerWhoGoesOnAboutTheFlatPasses(String text) {
        assertPasses(text);
    }
}
