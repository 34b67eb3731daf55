package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of a video's ending found by writing thirty English, Amharic, French and Spanish endings of our own after the
 * sixteenth set (no held-back row read): the channel's other videos ("Check out my other videos", "צפו בסרטונים
 * נוספים"), a comment asked for with the audience's opinion ("Comenten qué les pareció"), "subscribing" to consider,
 * a follow on Twitter, "that's gonna be it for this one", and farewells said to nobody ("Stay safe and I'll see you
 * soon", "Peace out", "Allez, ciao tout le monde", "እስከሚቀጥለው ቸር ያገናኘን"), the audience by its nicknames
 * ("Catch you later, legends", "Love you fam"), the channel's merch, a wrap-up of the stream or said "עד כאן להפעם". English's "on" and "my" were read as
 * French's "on" and Polish's "my" (we) telling what he did, so "Follow me on Instagram" and "Check out my Instagram"
 * passed: each is "we" only in a transcript in its language. A caller who asks for other videos of the flat or
 * what the agent thinks passes.
 */
class OtherVideosAndFarewellsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Check out my other videos on screen now",
        "צפו גם בסרטונים נוספים בערוץ",
        "Смотрите другие видео на канале",
        "Regardez mes autres vidéos",
        "Mira mis otros videos",
        "Comenten qué les pareció",
        "Dites-moi en commentaire ce que vous en pensez",
        "If you enjoyed, consider subscribing",
        "Be sure to follow me on Twitter",
        // English's "on" is no French "on" (we), its "my" no Polish "my" (we), telling what he did
        "Follow me on Instagram",
        "Follow us on TikTok for more",
        "Check out my Instagram for more",
        "Follow my Instagram, see you next time",
        "Like my video and share it, thanks",
        "Alright guys, that's gonna be it for this one",
        "That's a wrap for today, folks",
        "Muchas gracias por acompañarme",
        "עד כאן להפעם, תודה",
        "ועד כאן להיום, חברים, להתראות",
        "That's a wrap for today's stream",
        "Catch you later, legends",
        "Love you fam, see you next time",
        "Don't forget to check out our merch",
    })
    void otherVideosCommentsAndWrapUpsAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Stay safe and I'll see you soon",
        "Peace out, see you on the flip side",
        "Allez, ciao tout le monde",
        "እስከሚቀጥለው ቸር ያገናኘን",
        "እስከሚቀጥለው ቪዲዮ ቸር ይግጠመን",
    })
    void farewellsSaidToNobodyAreAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Send me other videos of the flat, thanks",
        "Do you have other videos of the house?",
        "תשלח לי סרטונים נוספים של הדירה",
        "¿Qué opinas del piso? Llámame",
        "Check out the other flat on Herzl, call me",
        "Stay at the flat until Sunday, I'll see you then",
        "On a regardé la vidéo, merci",
        "My obejrzeliśmy wideo, dzięki",
    })
    void aCallerSayingTheSameWordsIsACall(String text) {
        assertPasses(text);
    }
}
