package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of an ending found by writing forty-seven more of our own in Hebrew, Russian, Arabic and English after the
 * twentieth set (no held-back row read; 30 passed): a podcast's, not a video's, with its listeners ("תודה למאזינים
 * שלנו", "Спасибо нашим слушателям", "شكرا لمستمعينا"), its sponsor; the audience's opinion to hear in the comments
 * ("Буду рад услышать ваше мнение в комментариях": the audience's opinion, "ваше", "your", "דעתכם", now carries
 * beside the comments; a first version carried any opinion's word and judged four of Debian's fortunes, "Las ideas se
 * corroboran con sugerencias" among them, so it was mended before it landed), a reminder of
 * the channel, "till next time, be well", the description said "بوصف". Left as a caller says them: "thanks for your
 * time", "that's all I wanted to say", and praise for the audience ("If you made it to the end, you're awesome": a
 * caller thanks agents so, "Спасибо, вы лучшие"). A caller who heard of the agency on a
 * podcast or wants to hear the owner's opinion passes.
 */
class PodcastsAndListenersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה למאזינים שלנו",
        "Спасибо нашим слушателям",
        "شكرا لمستمعينا",
        "Thanks to our listeners",
        "הפודקאסט הזה מוגש בחסות",
        "Этот подкаст выходит при поддержке",
        "البودكاست برعاية",
        "This podcast is brought to you by",
        "אני אשמח לשמוע מה דעתכם בתגובות למטה",
        "Буду рад услышать ваше мнение в комментариях",
        "Напоминаю, что у нас есть телеграм-канал",
        "אני מזכיר לכם שיש לנו גם ערוץ טלגרם",
        "Just a reminder that we also have a Telegram channel",
        "بذكركم إنه عنا قناة تيليجرام",
        "עד הפעם הבאה, היו שלום",
        "До следующего раза, будьте здоровы",
        "لحد المرة الجاية، خليكم بخير",
        "Until next time, be well",
        "كل الروابط موجودة بوصف الفيديو",
    })
    void aPodcastsEndingOrItsListenersAreAnInvention(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I heard about your agency on a podcast, is the flat still available?",
        "שמעתי עליכם בפודקאסט, הדירה עוד פנויה?",
        "I'd love to hear the owner's opinion on the price, call me",
        "Just a reminder that the viewing is on Sunday",
        "אני מזכיר לך שהסיור ביום ראשון",
        "Напоминаю, что просмотр в среду",
        "If you made it to the office, call me",
        "Thank you for giving me your time, bye",
        "Do not think by infection, catching an opinion like a cold.",
        "Las ideas se corroboran con sugerencias.",
        "Thanks, you're the best, bye",
        "תודה, אתם הכי טובים, ביי",
        "Спасибо, вы лучшие, пока",
        "شكرا، انتو أبطال",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
