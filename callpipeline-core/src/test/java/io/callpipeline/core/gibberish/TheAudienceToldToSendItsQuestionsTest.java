package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audience told to send its questions in, to the show or in private, with the show named or a promise to read or
 * answer them all ("Send us your questions for the show, we read them all", "תשלחו לי שאלות בפרטי, אני עונה
 * לכולם", "Присылайте вопросы для передачи, мы читаем все"): a show's line about its mail. The held-back sets' shows
 * and channels said so in English and Hebrew, and the guard read the order to send as a caller's "send me". A caller
 * sends his own questions ("I'll send you my questions") or asks for the agent's, and names the flat or the contract.
 */
class TheAudienceToldToSendItsQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Send us your questions for the show, we read them all.",
        "Send in your questions for next week's episode.",
        "I answer every message, so send me your questions.",
        "שלחו לנו שאלות לתוכנית, אנחנו קוראים את כולן.",
        "תשלחו לי שאלות בפרטי, אני עונה לכולם.",
        "Присылайте вопросы для передачи, мы читаем все.",
        "Пишите мне в личку, я отвечаю всем.",
        "Envoyez vos questions pour l'émission, on les lit toutes.",
        "Schickt uns eure Fragen für die Sendung, wir lesen sie alle.",
        "Mandateci le vostre domande per il programma, le leggiamo tutte.",
        "Mandem suas perguntas para o programa, lemos todas.",
        "ابعتولي أسئلتكم بالخاص، برد على الكل.",
    })
    void theAudienceToldToSendItsQuestionsIsAShows(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll send you my questions about the contract by email tonight.",
        "Send me your questions about the flat and I'll answer them all tonight.",
        "שלחתי לך את השאלות שלי במייל, תענה לי בבקשה.",
        "Я отправлю вам свои вопросы по договору сегодня вечером.",
        "Le mando mis preguntas sobre el contrato por correo.",
        "Ich schicke Ihnen meine Fragen zum Vertrag per E-Mail.",
        "My lawyer says send him your questions, he answers everyone quickly.",
        "Can you send me the questions the bank asked?",
        "Envoyez-moi vos questions sur l'appartement, je réponds ce soir.",
    })
    void aCallerWhoSendsHisOwnQuestionsPasses(String text) {
        assertPasses(text);
    }
}
