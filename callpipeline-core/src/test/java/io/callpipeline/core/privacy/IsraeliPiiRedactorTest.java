package io.callpipeline.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsraeliPiiRedactorTest {

    private final IsraeliPiiRedactor redactor = new IsraeliPiiRedactor();

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "12345678-2", "123-456-782", "1 2 3 4 5 6 7 8 2",
        "אחד שתיים שלוש ארבע חמש שש שבע שמונה שתיים", "אחד 2 שלוש 4 חמש 6 שבע 8 ושתיים", "12.345.678.2",
        "1234, אה, 56782", "1 2 3 4 5 6 7 8 ו-2", "1 2 3 4 אממ 5 6 7 8 2"})
    void anIdentityNumberIsFoundHoweverItIsSaid(String id) {
        Redaction r = redactor.redact("בשביל הבדיקה של המשכנתא, המספר שלי הוא " + id + " ואני זמין מחר");
        assertThat(r.text()).contains("[ת״ז]").doesNotContain(id).as("no digit of it is left").doesNotContainPattern("\\d")
                .doesNotContainPattern("(?<!\\p{L})ו?(אחד|שתיים|שלוש|ארבע|חמש|שש|שבע|שמונה)(?!\\p{L})");
        assertThat(r.counts()).isEqualTo(Map.of(PiiKind.ISRAELI_ID, 1));
    }

    @Test
    void anOldIdSaidWithoutItsLeadingZeroIsFoundWhenNamed() {
        // 012345674 said as 12345674
        assertThat(IsraeliPiiRedactor.idCheck("012345674")).isTrue();
        assertThat(redactor.redact("תעודת זהות 12345674").text()).isEqualTo("תעודת זהות [ת״ז]");
        assertThat(redactor.redact("ת\"ז 12345674").text()).isEqualTo("ת\"ז [ת״ז]");
        assertThat(redactor.redact("התקציב 12345674").text()).as("unnamed, eight digits").contains("12345674");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4580 1234 5678 9015", "4580123456789015", "4580-1234-5678-9015", "3759 876543 21004"})
    void aCardIsFoundWithItsExpiryAndCode(String card) {
        assertThat(IsraeliPiiRedactor.luhn(card.replaceAll("\\D", ""))).isTrue();
        Redaction r = redactor.redact("אני משלם את דמי הרצינות בכרטיס " + card + " תוקף 12/27 וה-CVV 123");
        assertThat(r.text()).doesNotContain(card).doesNotContain("12/27").doesNotContain("123")
                .contains("[כרטיס אשראי]").contains("[תוקף כרטיס]").contains("[קוד אבטחה]");
    }

    @Test
    void anIbanAnEmailAPassportAndANamedAccountAreFound() {
        String iban = "IL62 0108 0000 0009 9999 999";
        assertThat(IsraeliPiiRedactor.ibanValid(iban)).isTrue();
        Redaction r = redactor.redact("תעבירו ל-" + iban + ", תשלחו לי ל-dana.cohen@example.co.il, מספר הדרכון"
                + " שלי 23456789 ומספר החשבון 654321 בסניף 123");
        assertThat(r.text()).contains("[IBAN]").contains("[דוא״ל]").contains("[דרכון]").contains("[חשבון בנק]")
                .doesNotContain("dana.cohen").doesNotContain("23456789").doesNotContain("654321");
        assertThat(r.total()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"הדירה עולה 2,450,000 שקל", "המחיר 1250000", "נכנסים ב-12/05/2025", "נולדתי ב-12.5.1985",
        "שנת בנייה 2019", "4 חדרים בקומה 3 מתוך 9", "רחוב הרצל 12 דירה 7", "תחזרו אליי ל-054-555-1234",
        "הטלפון 0545551234", "במשרד 03-5551234", "+972 54 555 1234", "תעודת זהות 123456789",
        "כרטיס 4580 1234 5678 9013", "אחת הדירות שראיתי", "החשבון של הארנונה 12500 שקל", "שלוש ארבע דירות",
        "קוד הבניין 123456782 0", "רגע אני מחפש את זה, הנה, 24/6/2026", "את זה 03-2104820",
        "תעודת זהות והתאריך 12.5.1985"})
    void aNumberThatOnlyLooksLikeOneStays(String text) {
        assertThat(redactor.redact(text).text()).isEqualTo(text);
    }
}
