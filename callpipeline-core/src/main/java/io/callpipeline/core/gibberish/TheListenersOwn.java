package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A video, a stream or a channel named as the listener's: "I saw your stream", "ראיתי את הסרטון שלך", "жена смотрела
 * ваш стрим", "mi mujer vio tu directo". A caller speaks to the agent of the agent's video; a presenter names his own
 * ("my channel", "this video") or the one his audience watches ("thanks for watching"), and says "your" only of the
 * audience's friends, comments or podcasts ("wherever you get your podcasts"), none a video's word in the singular
 * beside it. A grid of callers who mention a video judged "Hello, it's Dan. My wife saw your stream yesterday. Bye."
 * a stream's welcome and goodbye (2026-12-08).
 */
final class TheListenersOwn {

    /**
     * "Your" before its noun: English, Russian's polite and familiar forms in their cases, Spanish, French, German,
     * Italian and Portuguese. Possessives only: the audience's "you" ({@link CallersOwnWords#addressesTheAudience})
     * holds its pronouns too, and "Всем привет, с вами канал" (with you, the channel) names no one's channel.
     */
    private static final Set<String> BEFORE = Set.of("your", "ваш", "ваша", "ваше", "вашем", "вашего", "вашей", "вашу",
            "вашим", "твой", "твоя", "твоё", "твое", "твоем", "твоём", "твою", "твоего", "твоим", "tu", "votre", "ton",
            "ta", "dein", "deine", "deinem", "deinen", "euer", "eure", "eurem", "euren", "tuo", "tua", "vostro",
            "vostra", "teu");

    /** "Your" after its noun, or after an adjective of it ("השידור החי שלך"): Hebrew's and spoken Arabic's. */
    private static final Set<String> AFTER = Set.of("שלך", "שלכם", "שלכן", "تبعك", "تبعكم", "تاعك", "تاعكم", "حقك");

    /** How far after its noun Hebrew's and Arabic's "your" may stand. */
    private static final int AFTER_REACH = 2;

    private TheListenersOwn() {
    }

    /** Whether the word at {@code i} is said to be the listener's, "your" beside it. */
    static boolean at(List<String> words, int i) {
        if (i > 0 && BEFORE.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int j = i + 1; j < words.size() && j <= i + AFTER_REACH; j++) {
            if (AFTER.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }
}
