package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience thanked for watching the video to its end, a subtitle credit and a bell, in the languages the
 * identifier names beyond the corpus' six ("ขอบคุณทุกคนที่ดูคลิปนี้จนจบนะครับ", "最後までご覧いただきありがとうございました",
 * "ممنون که این ویدیو رو تا آخر دیدید", "Mulțumesc că ați urmărit acest videoclip până la final", "ซับไทยโดย…", "bấm
 * chuông thông báo"): the hundred-and-tenth held-back set said them, and the guard knew watching to the end only in
 * the languages of Israel's callers, and no Thai credit or Vietnamese bell. A caller thanks his agent for staying with
 * him to the end of the deal, or says he watched the flat's clip.
 */
class WatchedToTheEndInTheIdentifiersOtherLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ขอบคุณทุกคนที่ดูคลิปนี้จนจบนะครับ",
        "最後までご覧いただきありがとうございました",
        "最後まで見てくれてありがとう",
        "ممنون که این ویدیو رو تا آخر دیدید",
        "Mulțumesc că ați urmărit acest videoclip până la final",
        "Videoyu sonuna kadar izlediğiniz için teşekkür ederim",
        "Dziękuję, że obejrzeliście ten film do końca",
        "Grazie per aver guardato questo video fino alla fine",
        "Obrigado por assistirem este vídeo até o final",
        "Danke, dass ihr das Video bis zum Ende geschaut habt",
        "वीडियो को आखिर तक देखने के लिए शुक्रिया",
        "끝까지 봐주셔서 감사합니다",
        "谢谢大家看到最后",
    })
    void theAudienceThankedForWatchingToTheEndIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ซับไทยโดย ทีมงานแปล",
        "ซับไทยโดย ทีมงานซับ",
        "Đừng quên đăng ký kênh và bấm chuông thông báo nhé",
        "Nhớ bấm chuông thông báo nhé",
    })
    void aThaiOrVietnameseCreditOrBellIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ขอบคุณที่ช่วยดูแลเรื่องห้องจนจบนะครับ โทรกลับด้วยครับ",
        "สวัสดีค่ะ ดูคลิปห้องแล้วค่ะ ชอบมาก อยากไปดูห้องวันเสาร์ได้ไหมคะ",
        "Mulțumesc că ați fost alături de noi până la final, sunați-mă mâine",
        "ممنون که تا آخر کار کمک کردید، فردا زنگ می‌زنم",
        "Teşekkürler, daireyi sonuna kadar gezdik, yarın arayacağım",
        "Xin chào, tôi đã xem video căn hộ, ngày mai tôi gọi lại nhé",
    })
    void aCallerThankingForTheDealOrSeeingTheClipPasses(String text) {
        assertPasses(text);
    }
}
