package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting and reciting in the languages a script of its own names (the thirty-second held-back set missed a Korean
 * count, "하나 둘 셋…"): the identifier names Korean, Japanese, Chinese, Hindi, Thai, Georgian, Armenian, Bengali and
 * the rest from their scripts, and the guard spelled numbers and knew alphabets only in the languages it keeps word
 * lists for. ICU spells numbers and gives each language's letters there as well; the order a syllabary is recited in
 * is its collation's (kana's small and voiced forms share their letter's place), and Hangul's is its first consonant's
 * ("가 나 다 라", "ㄱ ㄴ ㄷ ㄹ"). Callers in those languages who say a few numbers, a phone number digit by digit or a
 * few one-syllable words pass.
 */
class CountingAndRecitingInEveryScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "하나, 둘, 셋, 넷, 다섯, 여섯, 일곱",
        "일, 이, 삼, 사, 오, 육, 칠, 팔",
        "열, 아홉, 여덟, 일곱, 여섯, 다섯",
        "一、二、三、四、五、六、七、八",
        "いち、に、さん、よん、ご、ろく、なな",
        "ひとつ、ふたつ、みっつ、よっつ、いつつ、むっつ",
        "一，二，三，四，五，六，七",
        "十、二十、三十、四十、五十、六十",
        "एक, दो, तीन, चार, पांच, छह, सात",
        "दस नौ आठ सात छह पाँच चार",
        "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด",
        "এক দুই তিন চার পাঁচ ছয়",
        "ერთი ორი სამი ოთხი ხუთი ექვსი",
        "մեկ երկու երեք չորս հինգ վեց",
    })
    void countingInALanguageItsScriptNamesIsCaught(String text) {
        assertCaughtAs(text, CountingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "가 나 다 라 마 바 사 아 자",
        "ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ",
        "あ い う え お か き く け こ",
        "ア、イ、ウ、エ、オ、カ、キ、ク",
        "た ち つ て と な に ぬ ね の",
        "ก ข ค ง จ ฉ ช ซ",
        "अ आ इ ई उ ऊ ए ऐ",
        "क ख ग घ च छ ज झ",
        "ა ბ გ დ ე ვ ზ თ ი",
        "ա բ գ դ ե զ է ը թ",
        "ক খ গ ঘ ঙ চ ছ জ",
    })
    void aSyllabaryOrAlphabetItsScriptNamesRecitedIsCaught(String text) {
        assertCaughtAs(text, RecitingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "네, 네, 안녕하세요, 아파트 보러 가고 싶은데요, 방 세 개, 화장실 두 개 있어요?",
        "제 전화번호는 공 오 사, 일 이 삼, 사 오 육 칠이에요",
        "방이 하나, 둘, 셋, 세 개예요, 그리고 주차도 돼요",
        "네 네 네, 알겠어요, 그 다음 주 월요일에 갈게요",
        "はい、はい、もしもし、ラマトガンのアパートについてお聞きしたいんですが、部屋は三つですか？",
        "電話番号は、ゼロ、ご、よん、いち、に、さん、よん、ご、ろく、ななです",
        "你好，我想问一下，那个公寓有三个房间吗？一楼还是二楼？每个月多少钱？",
        "我的电话是零五四，一二三，四五六七，谢谢",
        "नमस्ते, मेरा नंबर है शून्य पांच चार, एक दो तीन, चार पांच छह सात",
        "जी हाँ, दो कमरे चाहिए, तीसरी मंज़िल ठीक है, किराया कितना है?",
        "สวัสดีครับ ห้องมีสองห้องนอนไหมครับ ชั้นสามหรือชั้นสี่ ราคาเดือนละเท่าไหร่ครับ",
        "เบอร์โทรผมคือ ศูนย์ ห้า สี่ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด ครับ",
        "გამარჯობა, ბინა ჯერ კიდევ თავისუფალია? სამი ოთახი მჭირდება",
    })
    void aCallerInThoseLanguagesWhoSaysNumbersOrShortWordsPasses(String text) {
        assertPasses(text);
    }
}
