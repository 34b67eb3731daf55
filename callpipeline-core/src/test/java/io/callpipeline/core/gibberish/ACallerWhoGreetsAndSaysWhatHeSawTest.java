package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who greets the agent and says what he saw, read, liked or subscribed to ("مرحبا، شفت الفيديو عن الشقة
 * بحيفا، بدي أشوفها", "أهلين، عملت لايك واشتركت بالقناة، عن الشقة بحيفا", "שלום, קראתי את התגובות מתחת לפוסט", "Salut,
 * j'ai vu le live hier"): a grid of 300 such callers in five languages judged 17 when the session probed them
 * (2026-12-07), 16 of them Arabic, whose "مرحبا" (hello, and a video's welcome) was read to go on to the video over
 * "شفت" (I saw), a word no longer than a little one. A video welcomes its audience to the channel and asks it in the
 * plural to like and subscribe, and is still caught. English's "I read the comments under your post" is left judged:
 * a video says "I read every comment" in the same words.
 */
class ACallerWhoGreetsAndSaysWhatHeSawTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا، شفت الفيديو عن الشقة بحيفا، بدي أشوفها",
        "مرحبا، شفت الفيديو",
        "أهلين، شفت الفيديو تبعكم على يوتيوب، عن الشقة مع الجنينة، منشوفكم الأحد",
        "مرحبا، شفت اللايف مبارح، عن الشقة بحيفا، شكرا، باي",
        "أهلين، عملت لايك واشتركت بالقناة، عن الشقة بحيفا، ارجعولي لو سمحتو",
        "مرحبا، قريت التعليقات تحت البوست، عن المشروع الجديد، شكرا، باي",
        "שלום, קראתי את התגובות מתחת לפוסט, על הפרויקט החדש, תודה, ביי",
        "Salut, j'ai vu le live hier, sur le nouveau projet, à dimanche",
        "Allô, j'ai lu les commentaires sous votre post, sur le nouveau projet, merci, au revoir",
    })
    void aCallerWhoGreetsAndSaysWhatHeSawPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "مرحبا بكم في قناتي",
        "أهلا وسهلا فيكم بفيديو جديد",
        "اشتركوا بالقناة واعملوا لايك",
        "Bienvenue sur la chaîne, abonnez-vous",
        "ברוכים הבאים לערוץ, תעשו לייק",
    })
    void aVideosWelcomeAndItsAsksAreStillAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
