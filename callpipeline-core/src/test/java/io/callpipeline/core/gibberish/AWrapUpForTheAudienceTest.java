package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrap-up that is for the audience rather than for today: "that's all I've got for you guys", "וזה כל מה שיש לי
 * בשבילכם", "y eso es todo lo que tenía para ustedes", "und das ist alles, was ich für euch habe", "вот и всё, что я
 * хотел вам рассказать, друзья". "Everything" was a wrap-up beside "today", the speaker's own part or this video; a
 * grid of video endings in eight languages (2026-12-08) found its audience passing alone and making the whole ending
 * a call. A caller sends all of it to the agent, asks whether that is all, or goes on about the flat; and where "you"
 * is the one listener as well as the audience (English's "you", French's "vous", Russian's "вам"), an agent's "that's
 * all I have for you" to his client passes. So does a caller who has everything ready for the agents ("عندي كل شي
 * إلكم", "tengo todo para ustedes") or says what his all is about ("…לגבי החוזה"), which a grid of callers found.
 * French's "c'est tout ce que j'avais à vous dire" is left.
 */
class AWrapUpForTheAudienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay, that's all I have for you guys",
        "Alright, that's all I've got for you folks. Thanks for watching, see you in the next one.",
        "אז זה כל מה שיש לי בשבילכם, ביי",
        "وهذا كل شي عندي إلكم، باي",
        "Bueno, eso es todo lo que tengo para ustedes, chao",
        "So, das ist alles, was ich für euch habe, tschüss",
        "Вот и всё, что я хотел вам рассказать, друзья, пока",
    })
    void aWrapUpForTheAudienceIsCaught(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'll send all of it to you tomorrow",
        "Is that all you need from me?",
        "That's all I have for you on the flat, call me back",
        "כל מה שיש לי בשבילכם זה הדירה בהרצליה",
        "Te mando todo lo que tengo para ustedes mañana",
        "Je vous envoie tout ce que j'ai sur l'appartement ce soir",
        "Ich schicke euch alles, was ich habe, morgen per Mail",
        "שלום, כאן דן. זה כל מה שיש לי בשבילכם לגבי החוזה. תודה חברים.",
        "عندي كل شي إلكم، الأوراق جاهزة. شكرا يا شباب. يومكم سعيد",
        "Tengo todo para ustedes, los papeles están listos, chao",
        "That's all I have for you, thanks, bye",
        "C'est tout ce que j'ai pour vous, merci, au revoir",
        "Это всё, что я хотел вам сказать, спасибо, до свидания",
    })
    void aCallersAllPasses(String text) {
        assertPasses(text);
    }
}
