package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Endings of other genres than a channel's video, in the languages of Israel's callers: a handover to a word from
 * the sponsors ("Time for a quick word from our sponsors", "А теперь слово нашему спонсору"), a bedtime story
 * listened to ("Thank you for listening to this sleep story", "Спасибо, что послушали эту сказку на ночь"), the
 * audience told to tag the presenter in its photos ("tag me in your photos", "תייגו אותי בתמונות שלכם"), and a
 * closed-captioning credit. Each passed in the hundred-and-sixtieth held-back set or beside it when the session
 * probed the same ending in other languages: the sponsor's word was listed in the singular and in English, a story
 * was no video, tagging no order, and "captioning" no credit's word. A caller tells a story of his own, tags
 * nobody, and his sponsor is a visa's.
 */
class ASponsorsWordABedtimeStoryOrPhotosTaggedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Time for a quick word from our sponsors.",
        "ועכשיו, מילה מהספונסרים שלנו",
        "А теперь слово нашему спонсору",
        "والآن كلمة من رعاتنا",
        "Y ahora, unas palabras de nuestros patrocinadores",
        "Thank you for listening to this sleep story. Goodnight, and sweet dreams.",
        "Thank you for listening to this bedtime story, sleep well.",
        "Спасибо, что послушали эту сказку на ночь, сладких снов",
        "Go give that recipe a try and tag me in your photos.",
        "Tag us in your stories so we can see your makeovers!",
        "תייגו אותי בתמונות שלכם",
        "Отмечайте меня на своих фото",
    })
    void anEndingOfAnotherGenreIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Closed captioning provided by Vitac",
        "Closed captioning by the Media Access Group",
    })
    void aCaptioningCreditIsACredit(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My sponsor for the visa needs a letter from the landlord, can you send it?",
        "I read my daughter a bedtime story, sorry, that's why I missed your call",
        "Please tag me on the WhatsApp group with the photos of the flat",
        "הילדים צריכים סיפור לפני השינה, אני אחזור אליך בעוד חצי שעה",
        "Дочке читаю сказку на ночь, перезвоню через полчаса",
        "We need closed captioning on the intercom for my deaf father, is that possible?",
    })
    void aCallerWithAStoryASponsorOrAPhotoPasses(String text) {
        assertPasses(text);
    }
}
