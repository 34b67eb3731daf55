package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's thanks for watching and its call to subscribe in the languages Whisper writes that no list of the guard
 * held: the hundred-and-sixty-fourth held-back set's Welsh "Diolch am wylio" passed (2026-12-07), and so did the same
 * thanks in 33 of 39 of Whisper's other languages when the session probed them, in Latin, Cyrillic, Armenian, Tamil
 * and Bengali letters; so did the goodbye till the next video in Swedish, Croatian, Czech, Hungarian and Bulgarian,
 * whose thanks other lists hold. The outros are listed per language ({@code whisper-languages-outros.tsv}); a caller
 * in those languages thanks the agent and says goodbye, thanks him for the visit, or will see him at the flat
 * tomorrow, and passes.
 */
class ThanksForWatchingInWhispersOtherLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Diolch yn fawr am wylio!",
        "Gràcies per veure el vídeo.",
        "Eskerrik asko ikusteagatik",
        "Takk fyrir að horfa.",
        "Paldies par skatīšanos!",
        "Ačiū, kad žiūrėjote.",
        "Aitäh vaatamast!",
        "Faleminderit për shikimin.",
        "Asante kwa kutazama.",
        "Ви благодариме што гледавте!",
        "Хвала на гледању.",
        "Дзякуй за прагляд!",
        "Көргеніңізге рахмет.",
        "Շնորհակալություն դիտելու համար",
        "பார்த்ததற்கு நன்றி",
        "দেখার জন্য ধন্যবাদ",
    })
    void aVideosThanksInAnyOfWhispersLanguagesIsAnInvention(String text) {
        assertCaughtAs(text, HallucinationPhraseRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Naročite se na kanal!",
        "Subscriviu-vos i activeu la campaneta",
        "Vidimo se u sljedećem videu!",
        "Ses i nästa video!",
        "Uvidíme se v dalším videu.",
        "Találkozunk a következő videóban!",
        "Ще се видим в следващото видео.",
    })
    void aGoodbyeTillTheNextVideoOrACallToSubscribeInThoseLanguagesIsAnInvention(String text) {
        assertCaughtAs(text, HallucinationPhraseRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Vidimo se sutra u agenciji, hvala",
        "Vi ses på torsdag vid lägenheten, tack",
        "Uvidíme se zítra u bytu, díky",
        "Találkozunk holnap a lakásnál, köszönöm",
        "Ще се видим утре в офиса, благодаря",
        "Gràcies per la visita, ens veiem dimarts",
        "Gràcies, he vist el vídeo del pis, el puc veure demà?",
        "Diolch yn fawr, hwyl fawr",
        "Asante kwa msaada, nitapiga simu kesho",
        "Paldies, uz redzēšanos",
        "Ačiū, iki pasimatymo",
        "Хвала, видимо се сутра",
        "Дзякуй, да пабачэння",
        "Շնորհակալություն, ցտեսություն",
        "நன்றி, நாளை பேசலாம்",
        "ধন্যবাদ, কাল কথা বলব",
    })
    void aCallersThanksInThoseLanguagesPasses(String text) {
        assertPasses(text);
    }
}
