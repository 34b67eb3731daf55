package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-ninth held-back set's "እናመሰግናለን! ቻናላችንን ሰብስክራይብ ያድርጉ" (thank you! subscribe to our channel) and its kin
 * in Korean, Turkish and Hindi: a thanks, then the channel or the video, read as "thank you for the video", a caller's
 * thanks for what his agent sent; but in a language that puts its verb last the order to subscribe, like or share
 * comes after the video's word, and a thanks with an order after it is an ending's. A caller who thanks for the video
 * and says what he wants passes.
 */
class AThanksBeforeAVerbFinalOrderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "감사합니다! 채널 구독 부탁드립니다",
        "Teşekkürler! Kanala abone olmayı unutmayın",
        "አመሰግናለሁ! ቪዲዮውን ላይክ እና ሼር ያድርጉ",
        "እናመሰግናለን፣ ቻናሉን ሰብስክራይብ ማድረግ አይርሱ",
        "धन्यवाद! चैनल को सब्सक्राइब करें",
    })
    void aThanksAndAnOrderAfterTheVideoAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ስለ ቪዲዮው አመሰግናለሁ፣ ቤቱን ማየት እፈልጋለሁ",
        "영상 감사합니다, 아파트 보러 가도 될까요?",
        "Video için teşekkürler, daireyi görmek istiyorum",
        "वीडियो के लिए धन्यवाद, मैं फ्लैट देखना चाहता हूँ",
        "Thanks for the video, I like the kitchen a lot",
    })
    void aCallerWhoThanksForTheVideoPasses(String text) {
        assertPasses(text);
    }
}
