package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the eighty-third held-back set (the languages of Israel's callers after Hebrew) missed: a channel's welcome
 * in spoken Arabic ("أهلين فيكم", "هلا فيكم") and "this video" written onto its word after a preposition ("بهالفيديو",
 * in this video, where "هالفيديو" alone was read); a Tigrinya welcome to the channel and its viewers ("እንቋዕ ብደሓን",
 * "ተዓዘብቲ"), whose language had only thanks, watching, the video and the next one listed. The callers beside them
 * say those words and ask, say what they saw or name a day.
 */
class WelcomesInTheLanguagesOfIsraelsCallersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "أهلين فيكم بقناتي، بهالفيديو رح ورجيكم شقة بحيفا",
        "هلا فيكم يا جماعة، بهالحلقة رح نحكي عن الإيجار",
        "أهلين وسهلين بقناتنا، وبهالفيديو رح نشوف بيت بعكا",
        "እንቋዕ ብደሓን ናብ ቻነልና መጻእኹም ክቡራት ተዓዘብቲ",
        "ክቡራት ተዓዘብቲ፣ ስለ ዝተዓዘብኩምና ነመስግን",
    })
    void aWelcomeOrThanksToTheViewersIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "أهلين، شفت بهالفيديو الشقة اللي بالناصرة، لسا متوفرة؟",
        "أهلين، أنا سامي، بدي أشوف الشقة بهالأسبوع يوم الخميس",
        "ሰላም፣ ኣነ ዳዊት እየ፣ እቲ ቪድዮ ናይቲ ገዛ ርእየዮ፣ ደውሉለይ",
        "هلا، وصلني الفيديو تبع الشقة، شكرا، بحكيك بكرا",
    })
    void aCallerWhoSaysThoseWordsPasses(String text) {
        assertPasses(text);
    }
}
