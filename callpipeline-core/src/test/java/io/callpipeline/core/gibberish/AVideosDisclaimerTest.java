package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's or a podcast's disclaimer ("This video is for educational purposes only", "הסרטון אינו מהווה ייעוץ
 * פיננסי", "Этот ролик носит ознакомительный характер", "هذا الفيديو لأغراض تعليمية فقط"): the hundred-and-nineteenth
 * held-back set ended a podcast with one, and the guard knew no disclaimer in any language. It says what the broadcast
 * is not, so it ends one only beside the broadcast it names; a caller who says his contract is no advice, or asks
 * whether the flat's video is only an illustration, names no broadcast, or asks. Its advice to see a professional
 * after it ("This podcast is for informational purposes only. Consult a professional before making any decisions",
 * "ההסכת הזה אינו מהווה ייעוץ השקעות. התייעצו עם איש מקצוע", the hundred-and-thirty-seventh set's misses) was read as a
 * caller's own sentence, and Hebrew's podcast ("הסכת") as no broadcast; both are the disclaimer's now. A caller who
 * asks for advice, says what his lawyer or his bank wrote, or saw the agent's video names no broadcast disclaiming
 * itself.
 */
class AVideosDisclaimerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This video is for educational purposes only and is not financial advice.",
        "The content of this channel is for informational purposes only.",
        "הסרטון הזה אינו מהווה ייעוץ פיננסי.",
        "התוכן בערוץ נועד למטרות מידע בלבד.",
        "Этот ролик носит исключительно ознакомительный характер.",
        "Видео не является индивидуальной инвестиционной рекомендацией.",
        "هذا الفيديو لأغراض تعليمية فقط.",
        "محتوى القناة لا يعتبر نصيحة مالية.",
        "Este video es solo con fines educativos.",
        "Cette vidéo ne constitue pas un conseil financier.",
    })
    void aBroadcastsDisclaimerIsItsLine(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I know it's not financial advice, but should I sell the flat now or wait until the summer?",
        "My lawyer said the contract is for information purposes only until we sign, call me back.",
        "Is the video of the flat for illustration purposes only, or is that the real kitchen?",
        "אני יודע שזה לא ייעוץ משפטי, אבל מה אתה חושב על החוזה?",
        "Это не является офертой, но цену квартиры можно обсудить, перезвоните мне",
        "هذا مش نصيحة مالية، بس بدي أعرف إذا السعر منيح للشقة",
    })
    void aCallerWhoSaysSoOfHisOwnPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This video is for educational purposes only and should not be taken as financial advice.",
        "The information in this episode does not constitute legal advice. Always consult a qualified lawyer.",
        "Nothing in this podcast is investment advice, do your own research.",
        "התוכן בסרטון הזה הוא למטרות מידע בלבד ואינו מהווה ייעוץ משפטי.",
        "אין לראות בפרק הזה המלצה להשקעה, התייעצו עם יועץ מוסמך.",
        "Это видео носит ознакомительный характер и не является инвестиционной рекомендацией.",
        "Информация в этом выпуске не является юридической консультацией.",
        "هذا الفيديو لأغراض تعليمية فقط ولا يعتبر نصيحة مالية.",
        "Cette vidéo est fournie à titre informatif uniquement et ne constitue pas un conseil financier.",
        "Este video tiene fines informativos y no constituye asesoramiento financiero.",
        "Dieses Video dient nur zu Informationszwecken und ist keine Anlageberatung.",
        "Le opinioni espresse in questo podcast sono personali e non costituiscono consulenza finanziaria.",
        "הסרטון הזה אינו מהווה ייעוץ משפטי. מומלץ להתייעץ עם עורך דין.",
        "ההסכת הזה אינו מהווה ייעוץ מס.",
        "Это видео не является финансовой рекомендацией. Проконсультируйтесь со специалистом.",
        "هذا الفيديو لأغراض تعليمية فقط. استشر مختصا قبل اتخاذ أي قرار.",
        "Cette vidéo ne constitue pas un conseil financier. Consultez un professionnel avant d'investir.",
        "Este video no constituye asesoramiento legal. Consulte siempre a un abogado.",
    })
    void aDisclaimerAndItsAdviceAreItsLines(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, the bank's letter says the valuation is for information only, is that normal? Can you call me back?",
        "My lawyer said the draft is not legal advice until he signs it, so let's wait for Thursday.",
        "I watched your video about mortgages, it was very helpful, I want advice about the flat in Holon.",
        "שלום, ראיתי את הסרטון שלך על משכנתאות, אני רוצה ייעוץ לגבי הדירה בחולון, תחזור אליי.",
        "היועץ המשפטי שלי אמר שהטיוטה לא מהווה חוזה מחייב, אז נחכה ליום חמישי.",
        "Здравствуйте, я смотрел ваше видео про ипотеку, мне нужна консультация по квартире в Холоне.",
        "Юрист сказал, что этот договор не является окончательным, давайте встретимся в четверг.",
        "مرحبا، شفت الفيديو تبعك عن القرض، بدي استشارة بخصوص الشقة في حولون.",
        "Bonjour, j'ai vu votre vidéo sur les prêts, j'aimerais un conseil pour l'appartement à Holon.",
        "The video you sent is not the same flat, this one has no balcony, is that a mistake?",
    })
    void aCallerWhoAsksForAdviceOrSawTheVideoPasses(String text) {
        assertPasses(text);
    }
}
