package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-sixth held-back set's misses (0.679 on first scoring, Hebrew-leaning): "save this video to come back to
 * it", missed in every language it was written in; a patron's page named in Hebrew, Arabic or Russian letters; and a
 * second part asked for with likes in Hebrew, whose "שני" (second) was read as Monday, a caller's day. Callers who save
 * a number, support a cause or name Monday pass.
 */
class SaveTheVideoAndPartTwoTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "תשמרו את הסרטון הזה, הוא עוד יעזור לכם",
        "Сохраняйте это видео себе, пригодится",
        "Save the video for later and share it",
        "Guarden este video para después",
        "Enregistrez cette vidéo pour plus tard",
        "احفظوا الفيديو عشان ترجعوا إله",
        "תמכו בנו בפטריאון, הקישור למטה",
        "Поддержите канал на Патреоне, ссылка в описании",
        "ادعمونا على باتريون، الرابط بالوصف",
        "רוצים חלק שני? תנו לייק",
        "אם תגיעו לאלף לייקים, יהיה פרק שני",
    })
    void aFormTheSetMissedIsCaughtInEachLanguage(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Save my number, please, it's the new one",
        "תשמור את המספר שלי, אני אחזור אליך ביום שני",
        "Сохраните мой номер, перезвоню в понедельник",
        "ניפגש ביום שני בדירה, תודה",
        "החלק השני של התשלום יגיע ביום שני",
        "Can you save the video of the flat for my wife?",
    })
    void aCallerWhoSavesANumberOrNamesMondayPasses(String text) {
        assertPasses(text);
    }
}
