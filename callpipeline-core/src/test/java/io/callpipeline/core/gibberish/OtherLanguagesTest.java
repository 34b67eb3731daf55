package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calls in the other languages a line in Israel hears are speech: once their language is known,
 * the guard judges them with the rules that hold in any language, and still catches what Whisper
 * invents in those languages. As the pipeline does, each transcript's language is identified first.
 */
class OtherLanguagesTest {

    private static final HebrewGibberishDetector GUARD = new HebrewGibberishDetector();
    private static final ScriptAwareLanguageIdentifier IDENTIFIER = new ScriptAwareLanguageIdentifier();

    private static Transcript identified(String text) {
        return new Transcript("he", text, List.of(), "whisper-1", null).inLanguage(IDENTIFIER.identify(text).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | مرحبا، أنا أتصل بخصوص الشقة في حيفا. هل ما زالت متاحة؟ أبحث عن ثلاث غرف والميزانية حوالي مليون ونصف شيكل.
        ar | السلام عليكم، شفت الإعلان عن البيت في الناصرة، بدي أعرف إذا في موقف سيارات وكم الإيجار بالشهر.
        ru | Здравствуйте, я звоню по поводу квартиры в Ашдоде. Она ещё свободна? Нам нужно три комнаты, бюджет около полутора миллионов.
        ru | Добрый день, хотел бы посмотреть квартиру на улице Герцля завтра после обеда, перезвоните мне пожалуйста.
        fr | Bonjour, j'appelle pour l'appartement à Netanya. Est-ce qu'il est toujours disponible ? Nous cherchons quatre pièces près de la mer.
        fr | Oui bonjour, je voudrais vendre mon appartement à Ra'anana, pouvez-vous me rappeler pour une estimation ?
        en | Hi, I'm calling about the apartment on Herzl street, is it still available? We need three bedrooms and parking.
        am | ሰላም፣ ስለ አፓርታማው ነው የምደውለው። አሁንም አለ? ሶስት ክፍል እንፈልጋለን።
        es | Hola, llamo por el apartamento en Tel Aviv. ¿Todavía está disponible? Buscamos tres habitaciones.
        """)
    void aRealCallInAnotherLanguageIsSpeech(String language, String text) {
        Transcript call = identified(text);

        assertThat(call.language()).isEqualTo(language);
        assertThat(GUARD.check(call).gibberish()).as(GUARD.check(call).toString()).isFalse();
    }

    /**
     * The defect as reported: judged as if every call were Hebrew, real calls were "not speech" (foreign script). The
     * identifier mended it; the foreign-script rule now reads a call with no Hebrew that asks a question or says a
     * caller's word as one too ({@code ShortCallsInOtherLanguagesTest}), so even judged as Hebrew they are calls.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ar | مرحبا، أنا أتصل بخصوص الشقة في حيفا. هل ما زالت متاحة؟
        ru | Здравствуйте, я звоню по поводу квартиры в Ашдоде. Она ещё свободна?
        fr | Bonjour, j'appelle pour l'appartement à Netanya. Est-ce qu'il est toujours disponible ?
        """)
    void judgedAsHebrewTheyAreCallsStill(String language, String text) {
        Transcript asHebrew = new Transcript("he", text, List.of(), "whisper-1", null);

        assertThat(GUARD.check(asHebrew).gibberish()).as(GUARD.check(asHebrew).toString()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ru | Продолжение следует...
        ru | Субтитры сделал DimaTorzok
        ru | Редактор субтитров А.Семкин Корректор А.Егорова
        fr | Sous-titres réalisés par la communauté d'Amara.org
        ar | اشتركوا في القناة
        ar | ترجمة نانسي قنقر
        es | Subtítulos realizados por la comunidad de Amara.org
        en | Thanks for watching!
        ru | Спасибо.
        fr | Merci.
        ru | да да да да да да да да да да да да да да да да да да да да да да да да да да да да
        """)
    void whatWhisperInventsInThoseLanguagesIsStillCaught(String language, String text) {
        assertThat(GUARD.check(identified(text)).gibberish()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        xkcd qwrtp zzvb mnnq lkjh
        ∑∂ƒ©˙∆˚¬ ≈ç√∫˜µ
        """)
    void textInNoLanguageIsStillJudgedAsTheHebrewCallItShouldHaveBeen(String text) {
        Transcript junk = identified(text);

        assertThat(junk.language()).isEqualTo("und");
        assertThat(GUARD.check(junk).gibberish()).isTrue();
    }
}
