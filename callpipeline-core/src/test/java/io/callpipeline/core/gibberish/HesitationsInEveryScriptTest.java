package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sixty-sixth held-back set's "えーと、あの、えー、まあ、えーと" and its kin: a line's noise written as hesitations and
 * fillers in Japanese, Korean, Chinese, Polish, Greek and Turkish, whose words were not listed (Japanese, Korean,
 * Chinese and Greek had no list; Polish's "yyy", Turkish's "eee" and Greek's "εεε", a held vowel, were no hum). A
 * caller who hesitates and then says what he called about passes.
 */
class HesitationsInEveryScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "あの、えっと、うーん、その、えー",
        "음... 어... 그... 저기... 음...",
        "嗯……那个……就是……呃……",
        "Ehm... no... cóż... yyy...",
        "Εεε... λοιπόν... ξέρεις... εεε...",
        "Eee... yani... şey... eee...",
    })
    void hesitationsAloneAreCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "えーと、テルアビブのアパートの件で電話しました",
        "음... 텔아비브 아파트 때문에 전화했어요",
        "嗯，我想问一下那套公寓的价格",
        "Yyy... dzwonię w sprawie mieszkania",
        "Εεε... τηλεφωνώ για το διαμέρισμα",
        "Eee... daire için arıyorum",
    })
    void aCallerWhoHesitatesPasses(String text) {
        assertPasses(text);
    }
}
