package io.callpipeline.crm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opting out (and back in) the way callers write it, in the languages they write, and what is not one. */
class OptOutWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", " Stop. ", "STOP please", "Unsubscribe", "הסר", "הסר!", "הסירו אותי",
            "תסירו אותי מהרשימה", "עצור", "הפסיקו", "די", "בטל", "הָסֵר", "إلغاء", "توقف من فضلك", "стоп",
            "Отписаться"})
    void aShortMessageOpeningWithAStopWordOptsOut(String body) {
        assertThat(OptOutWords.stop(body)).isTrue();
        assertThat(OptOutWords.start(body)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "אל תפסיקו לשלוח לי דירות", "don't stop", "לא להסיר",
            "היי, אשמח לפרטים על הדירה", "הסר את הדירה ברחוב הרצל מהרשימה שלי בבקשה תודה",
            "תודה רבה", "stopwatch", "מחיר עד 2 מיליון, די דחוף", "די דחוף", "cancel the viewing tomorrow",
            "end of the month", "בטל את הפגישה"})
    void anythingElseIsNot(String body) {
        assertThat(OptOutWords.stop(body)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Unstop", "הרשמה", "חידוש"})
    void startOptsBackIn(String body) {
        assertThat(OptOutWords.start(body)).isTrue();
        assertThat(OptOutWords.stop(body)).isFalse();
    }
}
