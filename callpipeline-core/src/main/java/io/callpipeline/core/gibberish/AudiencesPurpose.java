package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An order to the audience that goes on to why ("Сохраните видео, чтобы не потерять", "Guarden el video para verlo
 * luego", "Salvate il video per rivederlo"): a purpose said in an infinitive has the one told as its subject, so its
 * words are the audience's, as "you" is, not the speaker going on in his own. A caller's purpose names its own subject
 * ("чтобы жена посмотрела", "para que mi esposa lo vea") and is not read so. Infinitives are told by their endings, in
 * the languages that mark them so (Slavic, Romance), and Hebrew's by "ל" after "כדי"; English's by "so you can".
 */
final class AudiencesPurpose {

    /** The words that open a purpose, by what an infinitive after them ends in. */
    private static final Map<String, Pattern> PURPOSE_THEN_INFINITIVE = Map.of(
            "чтобы", Pattern.compile(".+(ть|ться|ти|чь)"),
            "щоб", Pattern.compile(".+(ти|тися|ть)"),
            "щоби", Pattern.compile(".+(ти|тися|ть)"),
            "para", Pattern.compile(".+(ar|er|ir|ír)((me|te|se|nos)?(lo|la|los|las|le|les)?)"),
            "pra", Pattern.compile(".+(ar|er|ir)"),
            "per", Pattern.compile(".+(are|ere|ire|(ar|er|ir)(lo|la|li|le|ci|vi|ne|si))"), // "vedere", "vederlo"
            "pour", Pattern.compile(".+(er|ir|re|oir)"),
            "כדי", Pattern.compile("ל.{2,}"),
            "so", Pattern.compile("you")); // "so you can come back to it", "so that you"

    /** What may stand between the purpose and its infinitive: a negation, an object's pronoun ("pour la revoir"). */
    private static final Set<String> BETWEEN = Set.of("не", "no", "ne", "non", "la", "le", "les", "l", "vous", "nous",
            "en", "y", "lo", "se", "לא", "that");

    private AudiencesPurpose() {
    }

    /**
     * The words before the audience's purpose that follows a video at once ("Guarda este video | para verlo más tarde",
     * "Save this video | so you can come back to it"), all of them when there is none: what the audience is told to do
     * it for is not a caller arranging to see or come.
     */
    static List<String> before(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (opensAt(words, i) && EndingWords.carries(words.get(i - 1), EndingWords.Idea.VIDEO)) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /** Whether a purpose in the audience's infinitive opens at word {@code i}. */
    static boolean opensAt(List<String> words, int i) {
        Pattern infinitive = PURPOSE_THEN_INFINITIVE.get(words.get(i));
        if (infinitive == null) {
            return false;
        }
        int next = i + 1;
        while (next < words.size() && next <= i + 2 && BETWEEN.contains(words.get(next))) {
            next++;
        }
        return next < words.size() && infinitive.matcher(words.get(next)).matches();
    }
}
