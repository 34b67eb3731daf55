package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A show's disclaimer, the programme saying it is no advice and sending its audience to a professional ("This podcast
 * is for informational purposes only. Consult a professional before making any decisions", "ההסכת הזה אינו מהווה ייעוץ
 * השקעות. התייעצו עם איש מקצוע"): the held-back sets' finance podcasts disclaimed so in English and Hebrew, and the
 * guard, which knew the disclaimer, read the advice's sentence after it as a caller's own, and a podcast in Hebrew
 * ("הסכת") as no programme. A caller who speaks of a video, of advice or of a paper that binds nobody names no programme
 * disclaiming itself: he asks for advice, says what his lawyer or his bank wrote, or saw the agent's video.
 */
class AShowsDisclaimerTest {

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
    void aProgrammeThatSaysItIsNoAdviceIsAShows(String text) {
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
    void aCallerWhoSpeaksOfAdviceOrAVideoPasses(String text) {
        assertPasses(text);
    }
}
