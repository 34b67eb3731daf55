package io.callpipeline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short calls in the languages a real-estate line in Israel hears, code-switched Hebrew, and text
 * that shows no language (junk, numbers, a web address).
 */
class ScriptAwareLanguageIdentifierTest {

    private static final ScriptAwareLanguageIdentifier IDENTIFIER = new ScriptAwareLanguageIdentifier();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        he | שלום, אני מתקשר לגבי הדירה ברחוב הרצל, אפשר לחזור אליי?
        he | יש לי meeting ב-Zoom מחר, תשלח לי את ה-link בוואטסאפ
        he | הדירה ב-Tel Aviv, 4 rooms, budget של 3 מיליון
        he | כן
        ar | مرحبا، أنا أتصل بخصوص الشقة في حيفا، هل ما زالت متاحة؟
        ar | بدي شقة ثلاث غرف بالناصرة، الميزانية مليون شيكل
        ru | Здравствуйте, я звоню по поводу квартиры в Ашдоде, она ещё свободна?
        ru | Мне нужна трёхкомнатная квартира, бюджет полтора миллиона шекелей
        uk | Добрий день, я телефоную щодо квартири, чи можна її подивитися завтра?
        fr | Bonjour, j'appelle pour l'appartement à Netanya, est-ce qu'il est toujours disponible ?
        fr | Je cherche un appartement de quatre pièces près de la mer, rappelez-moi s'il vous plaît
        en | Hi, I'm calling about the apartment on Herzl street, is it still available?
        en | We are looking for a three bedroom flat in Jerusalem, please call me back
        es | Hola, llamo por el apartamento en Tel Aviv, ¿todavía está disponible?
        am | ሰላም፣ ስለ አፓርታማው ነው የምደውለው፣ አሁንም አለ?
        """)
    void namesTheLanguageOfARealCall(String language, String text) {
        assertThat(IDENTIFIER.identify(text).code()).isEqualTo(language);
    }

    /**
     * A short sentence whose profiles do not agree on one language is still a sentence in Latin
     * letters: it must not fall back to Hebrew and be judged "foreign script" (found on Debian's
     * fortune quips: 0.7–2.0% of short German, English and Spanish ones were).
     */
    @ParameterizedTest(name = "a language: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Busco piso barato, llámame.
        Wohnung zu klein, leider.
        Call me back tonight.
        Le loyer reste trop cher.
        """)
    void aShortSentenceInLatinLettersIsInALanguage(String text) {
        assertThat(IDENTIFIER.identify(text).isDetermined()).isTrue();
    }

    @ParameterizedTest(name = "undetermined: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        xkcd qwrtp zzvb mnnq
        www.example.com
        1 2 3 4 5 6 7 8 9 10
        ♪ ♪ ♪
        ..
        """)
    void textThatShowsNoLanguageStaysUndetermined(String text) {
        assertThat(IDENTIFIER.identify(text).isDetermined()).isFalse();
    }

    /** What the guard builds per language (alphabets, number words, a video's ending) covers every name given. */
    @Test
    void everyLanguageItNamesIsListedAsNamed() {
        assertThat(ScriptAwareLanguageIdentifier.NAMED).containsAll(ScriptAwareLanguageIdentifier.LANGUAGES);
        for (String text : new String[] {"שלום, מה שלומך", "مرحبا كيف حالك", "Привет, как дела", "ሰላም እንዴት ነህ",
            "Γεια σου, τι κάνεις", "Hello, how are you doing today"}) {
            assertThat(ScriptAwareLanguageIdentifier.NAMED).as(text).contains(IDENTIFIER.identify(text).code());
        }
    }

    /**
     * A script written for one language or a few names the language ICU gives it: the languages of Israel's caregivers
     * and workers are calls, not text in a foreign script (a Hindi and a Thai call were judged {@code foreign_script}).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        hi | नमस्ते, मैं फ्लैट के बारे में पूछना चाहता हूँ, किराया कितना है?
        th | สวัสดีครับ ผมอยากเช่าห้อง ราคาเท่าไหร่ครับ
        ka | გამარჯობა, ბინის შესახებ გირეკავთ, ჯერ კიდევ თავისუფალია?
        zh | 你好，我想问一下海法的公寓，还有吗？
        ja | こんにちは、テルアビブのアパートについてお聞きしたいです
        ko | 안녕하세요, 아파트 때문에 전화드렸어요
        hy | Բարև, ես զանգում եմ բնակարանի մասին
        ta | வணக்கம், வீடு வாடகைக்கு கிடைக்குமா?
        si | ආයුබෝවන්, මට ගෙයක් කුලියට ඕනේ
        """)
    void aScriptOfItsOwnNamesItsLanguage(String language, String text) {
        assertThat(IDENTIFIER.identify(text).code()).isEqualTo(language);
    }

    @Test
    void blankIsUndetermined() {
        assertThat(IDENTIFIER.identify(" ").isDetermined()).isFalse();
        assertThat(IDENTIFIER.identify(null).isDetermined()).isFalse();
    }
}
