package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-second held-back set's Arabic long ending was read as a caller's: its "شو بدكم نحكي بالحلقة الجاية" (what
 * you want us to talk about in the next episode) held "نحكي", a caller's "let's talk", and its "بشوفكم" (I'll see you)
 * was no goodbye's word, and a long ending holding a caller's word was read no further. What the audience wants the
 * next video to be about is the next episode's subject, in every language; a caller who asks what to talk about at a
 * meeting or on the phone, or will see them tomorrow, passes.
 */
class WhatYouWantNextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "اكتبولي بالتعليقات شو بدكم نحكي بالفيديو الجاي",
        "شكراً على المتابعة، وبشوفكم بالحلقة الجاية",
        "כתבו לי בתגובות על מה אתם רוצים שנדבר בסרטון הבא",
        "Tell me in the comments what you want me to talk about in the next video",
        "Напишите в комментариях, о чём вы хотите, чтобы я рассказал в следующем видео",
        "Dites-moi en commentaire de quoi vous voulez que je parle dans la prochaine vidéo",
        "شكراً على المشاهدة. لا تنسوا الاشتراك بالقناة. اكتبولنا شو حابين نحكي بالفيديو الجاي. وبشوفكم، سلام",
    })
    void whatTheAudienceWantsNextIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "بشوفكم بكرا الساعة عشرة عند الشقة",
        "بدكم نحكي عن السعر بالتلفون؟",
        "על מה אתם רוצים שנדבר בפגישה מחר?",
        "What do you want me to talk about with the owner tomorrow?",
        "شكراً على الفيديو. بدكم نحكي عن السعر؟ بشوفكم بكرا",
        "مرحبا، شفت الفيديو. بدكم نحكي عن الشقة بالتلفون؟ رجعولي بعد الساعة خمسة",
    })
    void aCallerWhoAsksWhatToTalkAboutPasses(String text) {
        assertPasses(text);
    }
}
