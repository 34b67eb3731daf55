package io.callpipeline.core.privacy;

/**
 * What kind of personal number was taken out of a transcript, with the Hebrew label that stands in
 * its place, so an agent reading the call knows something was said there and what it was.
 */
public enum PiiKind {
    /** An Israeli identity number (teudat zehut), its check digit valid. */
    ISRAELI_ID("[ת״ז]"),
    /** A payment card number, its Luhn check valid. */
    PAYMENT_CARD("[כרטיס אשראי]"),
    /** A card's expiry, said next to a card or named as one. */
    CARD_EXPIRY("[תוקף כרטיס]"),
    /** A card's security code, named as one. */
    CARD_CVV("[קוד אבטחה]"),
    /** An Israeli IBAN, its mod-97 check valid. */
    IBAN("[IBAN]"),
    /** A bank account number, named as one. */
    BANK_ACCOUNT("[חשבון בנק]"),
    /** An e-mail address. */
    EMAIL("[דוא״ל]"),
    /** A passport number, named as one. */
    PASSPORT("[דרכון]");

    private final String label;

    PiiKind(String label) {
        this.label = label;
    }

    /** What stands in the text in the number's place. */
    public String label() {
        return label;
    }
}
