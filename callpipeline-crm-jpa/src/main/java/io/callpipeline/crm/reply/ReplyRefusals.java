package io.callpipeline.crm.reply;

import java.util.Map;

/**
 * Why a reply did not go, in Hebrew for the agent: our own refusals before any request, and Twilio's error
 * codes for a message it refused or could not deliver (Twilio's error dictionary). A refused reply is
 * never sent again by itself: the agent reads why and decides.
 */
public final class ReplyRefusals {

    /** Ours: the number replied STOP (or "הסר") on this channel. */
    public static final String OPTED_OUT = "opted_out";
    /** Ours: WhatsApp's 24-hour window is closed; only an approved template may go. */
    public static final String OUTSIDE_WINDOW = "outside_window";
    /** Ours: more than {@value Replies#MAX_LENGTH} characters. */
    public static final String TOO_LONG = "too_long";
    /** Ours: the caller's number is withheld or unknown. */
    public static final String NO_NUMBER = "no_number";
    /** Twilio's code. */
    public static final String TWILIO = "twilio";

    private static final Map<String, String> OURS = Map.of(
            OPTED_OUT, "הנמען ביקש להפסיק לקבל הודעות (STOP); ההודעה לא נשלחה",
            OUTSIDE_WINDOW, "מחוץ לחלון 24 השעות של WhatsApp: הלקוח לא כתב לנו ב-24 השעות האחרונות, ואפשר לשלוח רק תבנית מאושרת",
            TOO_LONG, "ההודעה ארוכה מ-1,600 תווים",
            NO_NUMBER, "מספר המתקשר חסוי או לא ידוע: אין לאן לשלוח");

    private static final Map<Integer, String> TWILIOS = Map.ofEntries(
            Map.entry(21610, "הנמען ביקש להפסיק לקבל הודעות (STOP); ההודעה לא נשלחה"),
            Map.entry(63016, "מחוץ לחלון 24 השעות של WhatsApp: אפשר לשלוח רק תבנית מאושרת"),
            Map.entry(21211, "מספר הטלפון אינו תקין"),
            Map.entry(21614, "המספר אינו נייד ואינו יכול לקבל SMS"),
            Map.entry(21408, "אין הרשאה לשלוח הודעות לאזור הזה"),
            Map.entry(21617, "ההודעה ארוכה מ-1,600 תווים"),
            Map.entry(21606, "המספר שממנו שולחים אינו יכול לשלוח הודעות"),
            Map.entry(21612, "אי אפשר לשלוח מהמספר הזה אל הנמען"),
            Map.entry(63003, "הנמען אינו זמין ב-WhatsApp"),
            Map.entry(63024, "הנמען אינו זמין ב-WhatsApp"),
            Map.entry(30003, "הנמען אינו זמין (הטלפון כבוי או מחוץ לטווח)"),
            Map.entry(30004, "ההודעה נחסמה אצל הנמען"),
            Map.entry(30005, "המספר אינו קיים"),
            Map.entry(30006, "המספר אינו יכול לקבל הודעות (קווי או לא נגיש)"),
            Map.entry(30007, "ההודעה סוננה אצל הספק"),
            Map.entry(30008, "שגיאה לא ידועה אצל הספק"));

    private ReplyRefusals() {
    }

    /** Our own refusal's reason. */
    public static String ours(String refusal) {
        return OURS.getOrDefault(refusal, refusal);
    }

    /** Twilio's error code's reason, or a general one naming the code. */
    public static String twilio(Integer code) {
        if (code == null) {
            return "Twilio לא מסר את ההודעה";
        }
        return TWILIOS.getOrDefault(code, "Twilio לא מסר את ההודעה (קוד " + code + ")");
    }

    /** Whether a Twilio error code says the number opted out. */
    public static boolean optedOut(Integer code) {
        return code != null && code == 21610;
    }
}
