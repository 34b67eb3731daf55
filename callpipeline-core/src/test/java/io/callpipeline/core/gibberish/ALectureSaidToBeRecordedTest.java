package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broadcast's note of where it was recorded ("ההרצאה הזאת הוקלטה בכנס הנדל״ן", "Эта лекция была записана на
 * конференции", "Diese Folge wurde live in Berlin aufgezeichnet"): the hundred-and-twenty-seventh held-back set ended
 * with one in Hebrew, and the guard knew the lecture but not the note, which it read as a caller's words about it. A
 * caller asks for the recording, or says what was recorded of his own flat.
 */
class ALectureSaidToBeRecordedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ההרצאה הזאת הוקלטה בכנס השנתי של המשקיעים בחיפה.",
        "הפרק הזה הוקלט מול קהל חי באולם בתל אביב.",
        "Эта лекция была записана на конференции в Москве.",
        "تم تسجيل هذه المحاضرة في مؤتمر العقارات السنوي.",
        "Cette conférence a été enregistrée au salon de l'immobilier à Paris.",
        "Diese Folge wurde live in Berlin aufgezeichnet.",
    })
    void aBroadcastsNoteOfItsRecordingIsItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ההרצאה שלך הוקלטה? אפשר לקבל את הקישור?",
        "The viewing was recorded on video, the owner wants to see it before he signs.",
        "Эта лекция была записана? Пришлите мне, пожалуйста, ссылку.",
        "הסרטון של הדירה הוקלט בטלפון, הבעלים רוצה לראות אותו לפני שהוא חותם",
        "تم تسجيل الفيديو للشقة بالموبايل، صاحب الشقة بدو يشوفه",
    })
    void aCallerWhoAsksForTheRecordingPasses(String text) {
        assertPasses(text);
    }
}
