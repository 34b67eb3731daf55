package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arabic's "شفت" (I saw), a caller's word since callers who saw the agency's videos were probed, was read as the start
 * of every word it opens, so the audience's plural "شفتوا", "شفتو", "شفتم" (you saw) made a whole ending a caller's
 * report ("ممنون إنكم شفتوا الفيديو، نشوفكم بالفيديو الجاي"): 21 of a grid's 90 Arabic endings passed on three draws
 * (2026-12-07). The caller's forms are whole words now: I saw, I saw it, him or them.
 */
class TheAudiencesSeeingInArabicsPluralTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ممنون إنكم شفتوا الفيديو، نشوفكم بالفيديو الجاي",
        "شكرا إنكم شفتوا الفيديو للآخر، لا تنسوا الاشتراك",
        "ممنونين إنكم شفتو الحلقة، نلتقي في الحلقة القادمة",
        "شكرا لأنكم شفتم الفيديو، اشتركوا بالقناة",
        "وهيك منكون خلصنا، ممنون إنكم شفتوا الفيديو",
    })
    void theAudiencesSeeingIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، شفت الفيديو تبع الشقة، بدي أحجز موعد",
        "شفتها الشقة امبارح، عجبتني، شكرا باي",
        "أهلا، شفته الإعلان على الفيسبوك، قديش السعر؟",
        "مرحبا، شفت فيديو الشقة على الانستغرام، شكرا على الفيديو، منحكي بكرا",
    })
    void aCallerWhoSawPasses(String text) {
        assertPasses(text);
    }
}
