package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the twenty-eighth held-back set's misses and false positive stand for, each in three languages or more
 * (the set's own rows moved to development): an episode's number said with "number" ("זה היה פרק מספר חמש", "That was
 * episode number five"), which read as a caller asking for a phone number; a French hum ("Hum... euh... bon..."),
 * which no hesitation matched; and a caller in a script written without spaces between words (Thai, Chinese,
 * Japanese) who thanks for the flat's video and asks to see it, whose whole sentence was one "word" that could not go
 * on past the thanks. Read word by word ({@link UnspacedWords}), the short endings in those scripts that were caught as
 * one bare word ("谢谢大家", "お疲れ様でした", "记得订阅") are caught by what they say: thanks and greetings alone, a
 * reminder to subscribe, a credit.
 */
class TwentyEighthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "זה היה פרק מספר חמש, נתראה בפרק הבא",
        "That was episode number five, see you in the next episode",
        "Это была серия номер пять, увидимся в следующей серии",
        "C'était l'épisode numéro cinq, à bientôt pour le prochain épisode",
        "Ese fue el capítulo número cinco, nos vemos en el próximo capítulo",
        "كانت هذه الحلقة رقم خمسة، نراكم في الحلقة القادمة",
        "Hum... euh... bon...",
        "Hum... hum...",
        "Hmm, hum, euh",
        "谢谢大家",
        "感谢大家，再见",
        "お疲れ様でした",
        "皆さん、ありがとうございました",
        "ขอบคุณทุกคนค่ะ",
        "ขอบคุณมากครับ สวัสดีครับ",
        "记得订阅",
        "请关注",
        "見てくれてありがとう",
        "字幕由Amara.org社区提供",
    })
    void theTwentyEighthSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ขอบคุณสำหรับวิดีโอครับ อยากไปดูห้องวันเสาร์ได้ไหมครับ",
        "ขอบคุณสำหรับคลิปห้องนะคะ ค่าเช่าเดือนละเท่าไหร่คะ",
        "谢谢你的视频，我想星期六去看房子，可以吗",
        "谢谢您发的视频，房租每个月多少钱",
        "動画ありがとうございます。土曜日に部屋を見に行けますか",
        "動画ありがとうございます、家賃はいくらですか",
        "谢谢你的视频，我星期六去看房子",
        "ขอบคุณสำหรับวิดีโอค่ะ พรุ่งนี้จะไปดูห้องนะคะ",
        "動画ありがとうございます、明日部屋を見に行きます",
        "谢谢大家，房子我们租了，下个月搬进去",
        "ขอบคุณทุกคนค่ะ เราเช่าห้องแล้ว จะย้ายเข้าเดือนหน้า",
        "זה היה פרק מספר חמש בסדרה שראיתי, תשלח לי את המספר שלך",
        "What's your number? See you at the next viewing",
        "Episode number two of the renovation is done, send me your number and I'll call",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
