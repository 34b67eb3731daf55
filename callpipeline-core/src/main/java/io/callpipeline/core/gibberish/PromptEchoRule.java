package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transcript is the transcriber's prompt written back. Whisper decodes with the prompt as what came before, and
 * with nothing to hear its likeliest text is the prompt itself (reproduced with whisper.cpp in rpickz/jarvix#191; a
 * whole dictionary written back on silence in OpenWhispr/openwhispr#851). The pipeline's prompt is a list of
 * real-estate words and places ("דירת 4 חדרים עם ממ״ד, מרפסת שמש…"), so its echo reads like a call about a flat
 * and would be answered as one; no phrase list can know a host's own prompt, so the rule is built from the prompt
 * sent. A transcript is an echo when runs of at least {@value #RUN} words in the prompt's order cover most of its
 * words; a caller who uses the prompt's words among his own ("אני מחפש דירת 4 חדרים עם ממ״ד בתל אביב, תחזור
 * אליי") has far more of his own.
 */
public final class PromptEchoRule implements GibberishRule {

    public static final String CODE = "prompt_echo";

    /** The fewest words in a row shared with the prompt that count: two in a row ("מרפסת שמש") are a caller's. */
    static final int RUN = 3;

    private final Set<String> runs;
    /** The prompt's words: only where three of them follow each other is a run looked up. */
    private final Set<String> vocabulary;
    private final double maxCoverage;

    /**
     * @param prompt      what the transcriber is sent; empty for none
     * @param maxCoverage the share of the words runs of the prompt may cover before the whole is an echo (0.8)
     */
    public PromptEchoRule(String prompt, double maxCoverage) {
        List<String> words = TranscriptFeatures.wordsOf(prompt == null ? "" : prompt);
        this.runs = runsOf(words);
        this.vocabulary = words.stream().map(NumberWords::key).collect(Collectors.toUnmodifiableSet());
        this.maxCoverage = maxCoverage;
    }

    @Override
    public Optional<GibberishVerdict> check(TranscriptFeatures t) {
        if (share(t.words()) < maxCoverage) {
            return Optional.empty();
        }
        return Optional.of(GibberishVerdict.gibberish(CODE,
                "התמלול חוזר על ההנחיה שנשלחה למנוע התמלול (כמו \"דירת 4 חדרים עם ממ״ד, מרפסת שמש\"), כפי שהוא כותב"
                        + " כשאין מה לשמוע, ולא שיחה"));
    }

    /** The share of the words that runs of {@value #RUN} or more of the prompt's words, in its order, cover. */
    double share(List<String> words) {
        if (runs.isEmpty() || words.size() < RUN) {
            return 0;
        }
        List<String> keys = new ArrayList<>(words.size());
        int inPrompt = 0;
        for (String word : words) {
            String key = NumberWords.key(word);
            keys.add(vocabulary.contains(key) ? key : null);
            inPrompt += vocabulary.contains(key) ? 1 : 0;
        }
        if (inPrompt < RUN) {
            return 0;
        }
        boolean[] covered = new boolean[words.size()];
        int count = 0;
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (keys.get(i) != null && keys.get(i + 1) != null && keys.get(i + 2) != null && runs.contains(run(keys, i))) {
                for (int j = i; j < i + RUN; j++) {
                    if (!covered[j]) {
                        covered[j] = true;
                        count++;
                    }
                }
            }
        }
        return (double) count / words.size();
    }

    private static Set<String> runsOf(List<String> words) {
        List<String> keys = words.stream().map(NumberWords::key).toList();
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= keys.size(); i++) {
            runs.add(run(keys, i));
        }
        return Set.copyOf(runs);
    }

    /** {@value #RUN} looked-up words (Arabic letter variants folded, as in the other word lists) from {@code from}. */
    private static String run(List<String> keys, int from) {
        StringBuilder run = new StringBuilder();
        for (int i = from; i < from + RUN; i++) {
            run.append(keys.get(i)).append(' ');
        }
        return run.toString();
    }
}
