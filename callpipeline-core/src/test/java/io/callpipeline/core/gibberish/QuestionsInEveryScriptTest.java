package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question in any script's mark for one makes a short text a caller's (writing Greek callers for the forty-third
 * held-back set's rules found a Greek caller who saw the flat's video and asked to come next week judged a video's
 * ending: Greek writes its question mark as a semicolon). Every rule that asks whether a text asks reads the same
 * marks: "?", "؟", "？", "፧" and a semicolon after a Greek letter; a semicolon after a Latin one asks nothing.
 */
class QuestionsInEveryScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Μπορώ να έρθω την Κυριακή;",
        "Πόσο κοστίζει;",
        "Can I come on Sunday?",
        "ممکنه فردا بیام؟",
        "明天可以去看吗？",
        "ነገ መምጣት እችላለሁ፧",
        "Μπορώ να έρθω την Κυριακή\u037E",
    })
    void aQuestionsMarkInAnyScriptAsks(String text) {
        assertThat(TranscriptFeatures.asksAQuestion(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ok; thanks; bye.", "Ναι, ευχαριστώ.", "שלום; תודה", "Да; спасибо"})
    void aSemicolonAfterAnotherScriptAsksNothing(String text) {
        assertThat(TranscriptFeatures.asksAQuestion(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Είδα το βίντεο με το διαμέρισμα. Μπορώ να έρθω την επόμενη εβδομάδα; Ευχαριστώ.",
        "Είδα το βίντεο. Τα λέμε την επόμενη εβδομάδα; Ευχαριστώ πολύ.",
        "Ευχαριστώ που είδατε το διαμέρισμα. Τα λέμε στο επόμενο ραντεβού; Γεια σας.",
    })
    void aGreekCallerWhoAsksPasses(String text) {
        assertPasses(text);
    }

    @Test
    void aGreekEndingThatAsksWhetherTheAudienceLikedItIsStillCaught() {
        assertCaught("Σας άρεσε το βίντεο; Κάντε like και εγγραφή στο κανάλι!");
    }
}
