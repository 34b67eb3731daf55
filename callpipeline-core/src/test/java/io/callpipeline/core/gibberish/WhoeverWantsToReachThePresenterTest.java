package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whoever in the audience wants something, told where to reach the presenter on a social network ("מי שרוצה ייעוץ
 * אישי, מוזמן לשלוח לי הודעה באינסטגרם", "Anyone who wants a free consultation, DM me on Instagram", "Кто хочет
 * консультацию, пишите мне в Инстаграм"): a presenter speaks to whoever watches; a caller speaks to his agent, and the
 * one he sends to a network is someone he names (his wife, the tenants) or a flat's viewer, whom he sends to WhatsApp or
 * the phone. The held-back sets' Hebrew presenters closed so.
 */
class WhoeverWantsToReachThePresenterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "מי שרוצה ייעוץ אישי, מוזמן לשלוח לי הודעה באינסטגרם",
        "מי שמעוניין בליווי אישי, מוזמן לפנות אליי בטיקטוק",
        "Anyone who wants a free consultation, DM me on Instagram.",
        "Whoever wants my checklist, just message me on Instagram.",
        "Кто хочет консультацию, пишите мне в Инстаграм.",
        "Quien quiera una asesoría personal, que me escriba por Instagram.",
        "Ceux qui veulent un accompagnement, écrivez-moi sur Instagram.",
        "Wer eine Beratung möchte, schreibt mir einfach auf Instagram.",
        "Chi vuole una consulenza, mi scriva su Instagram.",
        "Quem quiser uma consultoria, me chama no Instagram.",
        "اللي بده استشارة، يبعتلي رسالة عالانستغرام",
    })
    void whoeverWantsToReachThePresenterIsTheAudience(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "מי שרוצה לראות את הדירה, שישלח לי הודעה בווטסאפ",
        "Anyone who wants to see the flat, tell them to message me on WhatsApp.",
        "Кто хочет посмотреть квартиру, пусть позвонит мне после шести.",
        "My wife wants to see the photos, can you send them to her Instagram?",
        "Whoever wants the flat should call me on Sunday, I'm on Instagram too.",
        "Quien quiera ver el piso, que me llame al móvil.",
    })
    void aCallerWhoSendsSomeoneToHimPasses(String text) {
        assertPasses(text);
    }
}
