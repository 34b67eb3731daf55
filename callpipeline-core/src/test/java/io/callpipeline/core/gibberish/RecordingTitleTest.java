package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recording's title or label said over nothing: what it is and in which language ("Встреча на русском языке.",
 * "השיחה היא בעברית", "Prédication en français."), as other apps' prompts and the labels of Whisper's training
 * recordings come back over silence (held-back rows from Russian, Hebrew and French speech apps' lists). The
 * languages' names come from ICU in every language the identifier names, so "باللغة العربية" or "auf Deutsch" is
 * known without a list of ours; a caller who speaks about the language he speaks, about himself or the flat,
 * or asks, is calling. Judged as the pipeline judges: the language identified first, then the whole guard.
 */
class RecordingTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Разговор на русском языке",
        "Запись беседы на иврите.",
        "Лекція українською мовою",
        "שיחה בעברית",
        "הקלטה של שיחה ברוסית",
        "ראיון באנגלית",
        "Conversation in English.",
        "This is a conversation in Hebrew.",
        "An interview in Arabic",
        "Conversation en français",
        "Entretien en anglais.",
        "محادثة باللغة العربية",
        "تسجيل مكالمة بالعبرية",
        "Entrevista en español",
        "Conferencia en inglés",
        "Podcast auf Deutsch",
        "Conversa em português",
        "Lezione in italiano",
    })
    void aRecordingsTitleNamingItsLanguageIsNoCall(String text) {
        assertCaughtAs(text, RecordingTitleRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Я говорю только на русском языке, перезвоните мне",
        "Можно разговор на русском? Я плохо понимаю иврит",
        "Звонок по поводу квартиры, на русском, пожалуйста",
        "אני רוצה שיחה בעברית",
        "אפשר שיחה ברוסית? תודה",
        "מדבר רק ערבית, תחזרו אליי",
        "Sorry, my Hebrew is not good. English please",
        "Can we have the call in English? Thanks",
        "We can do the meeting in English on Sunday",
        "Bonjour, je parle français. Rappelez-moi, merci",
        "La réunion en français, c'est possible ? Merci",
        "مرحبا، بدي أحكي بالعربي عن الشقة",
        "ممكن مكالمة بالعربي؟ شكرا",
        "Hola, hablo español, la llamada es por el piso",
        "Ich spreche Deutsch, bitte rufen Sie mich zurück",
    })
    void aCallerWhoSpeaksAboutTheLanguageIsCalling(String text) {
        assertThat(judged(text).gibberish()).as(text).isFalse();
    }
}
