package io.callpipeline.crm.reply;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an incoming message asks to stop (or start again) receiving messages: Twilio's own keywords
 * (STOP, UNSUBSCRIBE, START…) and their Hebrew, Arabic and Russian equivalents, said alone or at the start
 * of a short message ("הסר", "הסירו אותי", "stop please"). A longer message that merely contains such a
 * word ("אל תפסיקו לשלוח לי דירות") is not one.
 */
public final class OptOutWords {

    /** The most words a message may have and still be a keyword reply. */
    static final int MAX_WORDS = 4;

    private static final Set<String> STOP = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
            "revoke", "optout",
            "הסר", "הסרה", "הסירו", "תסירו", "להסיר", "הסירי", "עצור", "עצרו", "הפסק", "הפסיקו", "תפסיקו", "די", "בטל",
            "ביטול", "בטלו",
            "الغاء", "إلغاء", "ايقاف", "إيقاف", "توقف", "اوقف", "أوقف",
            "стоп", "отписаться", "отписка", "хватит");
    private static final Set<String> START = Set.of("start", "unstop", "yes", "הרשמה", "חידוש", "התחל", "ابدأ",
            "старт");
    /** Words that turn a keyword into something else: "אל תפסיקו", "don't stop". */
    private static final Set<String> NEGATIONS = Set.of("אל", "לא", "don't", "dont", "not", "لا", "не");

    private OptOutWords() {
    }

    /** Whether the message asks to stop. */
    public static boolean stop(String body) {
        return keyword(body, STOP);
    }

    /** Whether the message asks to receive messages again. */
    public static boolean start(String body) {
        return keyword(body, START);
    }

    private static boolean keyword(String body, Set<String> keywords) {
        List<String> words = words(body);
        if (words.isEmpty() || words.size() > MAX_WORDS || words.stream().anyMatch(NEGATIONS::contains)) {
            return false;
        }
        return keywords.contains(words.get(0));
    }

    private static List<String> words(String body) {
        if (body == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(body, Normalizer.Form.NFKC)
                .replaceAll("[\\u0591-\\u05C7\\u064B-\\u065F]", "") // Hebrew niqqud and cantillation, Arabic harakat
                .toLowerCase(Locale.ROOT);
        return List.of(plain.split("[^\\p{L}\\p{N}']+")).stream().filter(w -> !w.isBlank()).toList();
    }
}
