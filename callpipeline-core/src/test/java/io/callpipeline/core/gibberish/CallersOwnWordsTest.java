package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which question is a caller's: any but a short one asking the audience's opinion, wherever it stands in the text and
 * however long the text is around it.
 */
class CallersOwnWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "What do you think? Let me know in the comments.",
        "Thanks for watching. What did you guys think? Tell me below!",
        "מה דעתכם? כתבו לנו בתגובות",
        "Что вы думаете? Напишите в комментариях",
        "ما رأيكم؟ اكتبوا في التعليقات",
        "No question at all, just thanks for watching.",
    })
    void anOpinionAskedOfTheAudienceIsNoCallersQuestion(String text) {
        assertThat(CallersOwnWords.asksACallersQuestion(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Is the flat still free?",
        "What do you think? Can we meet on Sunday to sign the lease?",
        "What do you think about the price of the flat on Herzl street, is it negotiable?",
        "הדירה עדיין פנויה?",
        "Квартира ещё свободна?",
        "الشقة لسا متوفرة؟",
    })
    void anyOtherQuestionIsACallers(String text) {
        assertThat(CallersOwnWords.asksACallersQuestion(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"командой", "выполнен", "team", "réalisée", "hecha", "equipo"})
    void aCreditsWordsOfItsMakersAreKnown(String word) {
        assertThat(CallersOwnWords.saysWhoMadeIt(word)).as(word).isTrue();
    }

    /** A long call's sentences are each read once: the question at its end is found past many sentences without one. */
    @Test
    void aLongCallsLastQuestionIsFound() {
        String call = "I am calling about the flat. ".repeat(200) + "Is it still free?";
        assertThat(CallersOwnWords.asksACallersQuestion(call)).isTrue();
        assertThat(CallersOwnWords.asksACallersQuestion("I am calling about the flat. ".repeat(200))).isFalse();
    }
}
