package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's opening, "welcome to my channel", in the languages of Israel's caregivers and workers that had an
 * ending's ideas but no welcome (Indonesian, Vietnamese, Thai, Hindi, Tagalog): a probe of the opening in 23 languages
 * found these five passing (2026-12-07). A caregiver who greets the agent and asks about a room, or says he is
 * coming, still passes.
 */
class AWelcomeToTheChannelInTheWorkersLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Selamat datang di channel saya",
        "Selamat datang kembali di channel kami",
        "Chào mừng các bạn đến với kênh của mình",
        "ยินดีต้อนรับสู่ช่องของเรา",
        "मेरे चैनल में आपका स्वागत है",
        "Maligayang pagdating sa aking channel",
    })
    void aWelcomeToTheChannelIsAnOpening(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Selamat pagi, saya datang besok jam sepuluh untuk lihat kamar, terima kasih",
        "Xin chào, tôi đã xem video căn hộ, ngày mai tôi gọi lại nhé",
        "สวัสดีครับ ผมโทรมาเรื่องห้องเช่า ยังว่างอยู่ไหมครับ",
        "नमस्ते, मैं कमरे के बारे में फ़ोन कर रहा हूँ, किराया कितना है?",
        "Magandang umaga po, tumatawag ako tungkol sa kwarto, bakante pa po ba?",
    })
    void aCaregiverWhoGreetsAndAsksPasses(String text) {
        assertPasses(text);
    }
}
