package io.callpipeline.crm.reply;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an incoming message asks to stop (or start again) receiving messages: Twilio's own keywords
 * (STOP, UNSUBSCRIBE, START…) and their Hebrew, Arabic and Russian equivalents, alone or followed only by
 * words that change nothing ("הסירו אותי מהרשימה", "stop please"). A message that says anything more
 * ("cancel the viewing", "די דחוף", "אל תפסיקו לשלוח לי דירות") is not one: a wrong opt-out silences a lead.
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
    /** Words that may follow a keyword without making the message about something else. */
    private static final Set<String> FILLERS = Set.of("please", "me", "now", "all", "thanks", "אותי", "מהרשימה",
            "מהרשימות", "בבקשה", "תודה", "עכשיו", "من", "فضلك", "الرسائل", "пожалуйста", "меня", "спасибо");

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
        if (words.isEmpty() || words.size() > MAX_WORDS || !keywords.contains(words.get(0))) {
            return false;
        }
        return words.subList(1, words.size()).stream().allMatch(FILLERS::contains);
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
