package io.callpipeline.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Israel's callers say their numbers in their own languages: an identity number in Russian or Arabic digit words, a
 * card in English ones. The redactor read digits and Hebrew digit words only, so "Мой теудат зеут три один четыре…"
 * was stored as said. Each language the guard reads calls in (Russian, Ukrainian, Arabic, English, French, Spanish,
 * Amharic) has its digit words read as Hebrew's are, with the same checks, and its words naming a card, an account, an
 * identity number or a passport; look-alikes in those languages stay.
 */
class PersonalNumbersInCallersLanguagesTest {

    private final IsraeliPiiRedactor redactor = new IsraeliPiiRedactor();

    /** 314159260, whose check digit holds, said in each language; and said mixed with digits. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Здравствуйте, мой теудат зеут три один четыре один пять девять два шесть ноль, перезвоните",
        "Добрий день, мій номер три один чотири один п'ять дев'ять два шість нуль",
        "مرحبا، رقم هويتي ثلاثة واحد أربعة واحد خمسة تسعة اثنين ستة صفر، شكرا",
        "Hi, my ID is three one four one five nine two six zero, call me back",
        "Three, one, four, one, five, nine, two, six, zero. That's my ID for the bank",
        "Bonjour, mon numéro d'identité c'est trois un quatre un cinq neuf deux six zéro",
        "Hola, mi teudat zehut es tres uno cuatro uno cinco nueve dos seis cero",
        "ሰላም፣ የመታወቂያ ቁጥሬ ሶስት አንድ አራት አንድ አምስት ዘጠኝ ሁለት ስድስት ዜሮ ነው",
        "My ID is 3 1 4 one five nine 2 six zero",
    })
    void anIdentityNumberSaidInACallersLanguageIsTakenOut(String said) {
        assertTakenOutAs(said, PiiKind.ISRAELI_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My card is four five eight zero, one two three four, five six seven eight, nine zero one five",
        "Номер карты четыре пять восемь ноль, один два три четыре, пять шесть семь восемь, девять ноль один пять",
        "رقم البطاقة أربعة خمسة ثمانية صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة صفر واحد خمسة",
        "Ma carte, c'est quatre cinq huit zéro un deux trois quatre cinq six sept huit neuf zéro un cinq",
    })
    void aCardSaidInACallersLanguageIsTakenOut(String said) {
        assertTakenOutAs(said, PiiKind.PAYMENT_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Номер счёта один два три четыре пять шесть, отделение пятьсот",
        "رقم حسابي واحد اثنين ثلاثة أربعة خمسة ستة",
        "Mi cuenta es uno dos tres cuatro cinco seis",
        "Mon compte, c'est un deux trois quatre cinq six",
    })
    void aNamedAccountSaidInACallersLanguageIsTakenOut(String said) {
        assertTakenOutAs(said, PiiKind.BANK_ACCOUNT);
    }

    /** The number stands as its label, once, and no digit of it is left. */
    private void assertTakenOutAs(String said, PiiKind kind) {
        Redaction r = redactor.redact(said);
        assertThat(r.text()).as(said).contains(kind.label()).doesNotContainPattern("\\d");
        assertThat(r.counts()).as(said).isEqualTo(Map.of(kind, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Мой паспорт 7654321, перезвоните",
        "Mon passeport: AB1234567, merci",
    })
    void aNamedPassportIsTakenOut(String said) {
        assertThat(redactor.redact(said).text()).as(said).contains("[דרכון]");
    }

    /**
     * A count said digit by digit over and over, what Whisper writes over hold music, is no card, though a stretch of it
     * may pass Luhn's check: the guard must see the count to judge it, not a card's label.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0",
        "0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9",
        "9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0",
        "אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע אפס",
        "zero one two three four five six seven eight nine zero one two three four five six seven",
        "ноль один два три четыре пять шесть семь восемь девять ноль один два три четыре пять шесть",
    })
    void aCountSaidDigitByDigitIsNoCard(String said) {
        assertThat(redactor.redact(said).text()).isEqualTo(said);
    }

    /** Rooms, floors, prices and a phone number said in words stay: no check holds, and a phone is how the CRM knows him. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Нам нужно две или три комнаты, четвёртый или пятый этаж",
        "My number is zero five four, one two three, four five six seven",
        "Мой телефон ноль пять четыре один два три четыре пять шесть семь",
        "one two three four five six seven eight nine",
        "I need two, maybe three bedrooms, the budget is one point two million",
        "رقم تلفوني صفر خمسة أربعة واحد اثنين ثلاثة أربعة خمسة ستة سبعة",
        "Un, deux, trois, quatre, cinq, six, sept, huit, neuf",
        "Mi cuenta de Instagram es una locura, tiene dos mil seguidores",
    })
    void aLookAlikeInACallersLanguageStays(String said) {
        assertThat(redactor.redact(said).text()).isEqualTo(said);
    }
}
