package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words that fill a pause, in two scripts: the pooled held-back misses' "Okay, okay, טוב, טוב, okay", "Хм, ммм, אממ,
 * ok, yeah" and "Да, да, yes, yes, да, да, yes, yes" ("يعني، يعني، like, you know, يعني" is left: "know" fills no
 * pause on its own). One language's hum was
 * caught; two languages' passed, since a caller switching languages says "Ok, כן, yeah" or "Ok, תודה, bye" and they
 * were left callers. A hum held for five filling words or more is a hum in any number of scripts; a caller's short
 * answer in two (four words or fewer), or one that says a thanks or a goodbye among them, still passes, and so does a
 * caller who says anything of his own beside them.
 */
class FillersInTwoScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay, okay, טוב, טוב, okay",
        "Хм, ммм, אממ, ok, yeah",
        "يعني، يعني، like, يعني، like",
        "Да, да, yes, yes, да, да, yes, yes",
        "כן, כן, yeah, yeah, כן",
        "Ну, ну, okay, ну, okay",
        "Euh, bon, כאילו, bon, euh, כאילו",
        "Yeah, ok, أيوه، طيب، ok",
        "Ладно, ладно, טוב, ладно, טוב, ну",
    })
    void aHumInTwoScriptsIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ok, כן, yeah",
        "Ok, תודה, bye",
        "Ok, תודה רבה, bye",
        "Да, да, תודה",
        "כן, כן, okay, תודה רבה, bye",
        "Да, да, תודה, я перезвоню вечером",
        "Okay, okay, טוב, אני מגיע בשש",
        "Yes, yes, כן, הדירה עדיין פנויה?",
        "يعني، يعني، like, the flat is nice, يعني",
    })
    void aCallerWhoSwitchesLanguagesPasses(String text) {
        assertPasses(text);
    }
}
