package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending in the languages Israel's foreign workers and caregivers speak, which the language identifier does
 * not name (Hindi, Urdu, Thai, Tagalog, Vietnamese, Indonesian and Malay): Whisper writes them when it takes a silent
 * line for one of them ("Cảm ơn các bạn đã xem!", "Terima kasih telah menonton!", "چینل کو سبسکرائب کریں" were in the
 * eighth held-back set's misses). A caller who speaks one of them about a flat passes.
 */
class WorkersLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Cảm ơn các bạn đã xem video",
        "Cảm ơn các bạn đã theo dõi",
        "Hãy đăng ký kênh để xem thêm video",
        "Hẹn gặp lại các bạn trong video tiếp theo",
        "Terima kasih sudah menonton",
        "Jangan lupa subscribe dan like",
        "Terima kasih kerana menonton",
        "Sampai jumpa di video berikutnya",
        "देखने के लिए धन्यवाद",
        "चैनल को सब्सक्राइब करें",
        "वीडियो को लाइक करें",
        "अगले वीडियो में मिलते हैं",
        "دیکھنے کے لیے شکریہ",
        "ویڈیو کو لائک کریں",
        "اگلی ویڈیو میں ملتے ہیں",
        "ขอบคุณที่รับชม",
        "กดติดตามช่องด้วยนะครับ",
        "Salamat sa panonood",
        "Huwag kalimutang mag-subscribe sa channel",
    })
    void anEndingInAWorkersLanguageIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "नमस्ते, मैं फ्लैट के बारे में पूछना चाहता हूँ, किराया कितना है? मुझे कल फोन करें",
        "Xin chào, tôi muốn thuê căn hộ hai phòng ở Tel Aviv, giá bao nhiêu? Gọi lại cho tôi nhé",
        "Halo, saya mau tanya apartemen di Haifa, masih ada? Tolong telepon saya besok",
        "Hello po, magtatanong lang po ako tungkol sa apartment sa Herzliya, magkano po ang upa?",
        "สวัสดีครับ ผมอยากเช่าห้องที่ทำงานใกล้ๆ ราคาเท่าไหร่ครับ โทรกลับด้วยครับ",
        "السلام علیکم، میں فلیٹ کے بارے میں پوچھنا چاہتا ہوں، کرایہ کتنا ہے؟ کل فون کریں",
    })
    void aCallerSpeakingOneOfThemPasses(String text) {
        assertPasses(text);
    }
}
