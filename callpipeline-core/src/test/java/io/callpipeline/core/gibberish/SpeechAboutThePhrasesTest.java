package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speech that uses a video ending's or a credit's words and goes on about something else: subtitles that were
 * badly translated, thanks for attention to details, thanks for watching the children yesterday, likes given to
 * someone's posts. The seventh held-back set's source kept such sentences as speech, and the guard judged 8 of its
 * 16 gibberish at first scoring; these are other sentences of the same kinds, in four languages. A credit names
 * someone (capitalised, or a brand); a sentence that goes on in ordinary lower-case words, or past the ending's
 * words, or names a day, is someone speaking. Judged as the pipeline judges: the language identified first.
 */
class SpeechAboutThePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Субтитры к сериалу были сделаны очень плохо",
        "Субтитры на этом телевизоре всегда слишком мелкие",
        "Автор перевода допустил очень грубую ошибку",
        "Редактор текста этой книги работает очень медленно",
        "Subtitles on this television were always too small",
        "Translator of that novel made several terrible mistakes",
        "Les sous-titres du film étaient vraiment très mauvais",
        "Los subtítulos de la película estaban muy mal traducidos",
        "Спасибо за внимание к нашей маленькой проблеме",
        "Большое спасибо за внимание к этим важным деталям",
        "Thanks for your attention to these little details",
        "Thank you for watching over my mother all these years",
        "Merci pour votre attention aux petits détails du projet",
        "Thanks for watching the kids yesterday",
        "Gracias por ver a mis hijos ayer por la tarde",
        "Спасибо, что вчера посмотрели за детьми",
        "Я поставил лайки всем постам этого автора",
        "I liked and shared every post my cousin wrote",
        // two ordinary words past the ending's last idea are enough
        "Спасибо за внимание к моей просьбе",
        "Thanks for watching my little daughter",
        "Merci de votre attention aux détails techniques",
        "Я поставил лайки всем постам соседа",
        // a channel or a video of something: the words past it name what
        "Подпишитесь на канал городской администрации",
        "Subscribe to the channel about local politics",
        "Abonnez-vous à la chaîne des pompiers locaux",
    })
    void speechThatGoesOnPastThePhrasesWordsIsSpeech(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Субтитры подготовил Иван Петров",
        "Субтитры от студии Кравец",
        "Перевод на русский язык: Студия Пифагор",
        "Subtitles by John Doe",
        "Translated by Jane Doe",
        "Sous-titres par Jérémy Diaz",
        "Subtítulos por Carlos Gómez",
        "Спасибо за внимание!",
        "Thank you so much for watching guys",
        "Спасибо большое за просмотр этого видео",
        "Не забудьте подписаться на канал и поставить лайк",
        "j'espère que vous avez aimé cette vidéo, abonnez-vous",
    })
    void aCreditOrAnEndingItselfIsStillCaught(String text) {
        assertThat(judged(text).gibberish()).as(text).isTrue();
    }
}
