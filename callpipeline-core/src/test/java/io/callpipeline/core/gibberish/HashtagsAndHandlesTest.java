package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the web writes at the foot of a post or a video's description, which Whisper copies over silence: hashtags
 * alone, an order to follow or join beside a handle, an order to find the channel at its site (the fifty-sixth
 * held-back set's misses and their kin). A hashtag and a handle are names, read as an address is, never as a caller's
 * words about a flat ("#דירות", "@inmobiliaria.herzliya"). A caller who names a handle, a numbered flat ("#5"), his
 * e-mail or a site, and says what he wants, passes.
 */
class HashtagsAndHandlesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "#דירות_למכירה #חיפה",
        "#квартиры #хайфа #аренда",
        "#للايجار #حيفا",
        "#departamentos #alquiler #telaviv",
        "@nadlan_tlv",
        "تابعونا على تيك توك @beit_haifa",
        "Síguenos en Instagram @casas.tlv",
        "Retrouvez-nous sur www.immo-haifa.fr",
        "የቴሌግራም ቻናላችንን ተቀላቀሉ @addis_homes",
    })
    void tagsHandlesAndTheOrdersBesideThemAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The apartment is #5 on the list, call me",
        "דירה מספר #3 בבניין, תחזור אליי",
        "מצאתי אותך דרך @nadlan_tlv, הדירה עוד פנויה?",
        "I'm @danahomes on Instagram, send me the photos there",
        "Nous avons vu votre annonce sur www.immo.fr, rappelez-nous",
        "Моя почта ivan.petrov@mail.ru, пришлите, пожалуйста, договор",
        "الإيميل تبعي ahmad.k@hotmail.com، ابعتلي الصور",
    })
    void aCallerWhoNamesAHandleOrAnAddressPasses(String text) {
        assertPasses(text);
    }
}
