package io.callpipeline.core.gibberish;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How often the guard calls real sentences in other languages gibberish, on text nobody here wrote
 * or saw while writing the rules: Debian's fortune-cookie collections ({@code apt-get install
 * fortunes fortunes-de fortunes-es fortunes-ru fortunes-it fortunes-pl fortunes-br fortunes-zh}; the last four are
 * read when installed), short quips and quotes as people say them. Not a
 * test (the text is not ours to commit); run it with
 * {@code ./mvnw -q -pl callpipeline-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.core.gibberish.OutsideTextFalsePositives}. Each sentence is
 * named by the language identifier first and judged as the pipeline judges a transcript.
 *
 * <p>Each language's quips are shuffled once (fixed seed) and cut in two: the first
 * {@value #PER_LANGUAGE} were looked at (their false positives printed) while the identifier was
 * mended; the next {@value #PER_LANGUAGE} were held back and only counted, never printed.
 */
public final class OutsideTextFalsePositives {

    private static final Path FORTUNES = Path.of("/usr/share/games/fortunes");
    private static final int PER_LANGUAGE = 300;

    private OutsideTextFalsePositives() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<Path>> sources = new LinkedHashMap<>();
        sources.put("en", List.of(FORTUNES.resolve("people"), FORTUNES.resolve("love"), FORTUNES.resolve("food"),
                FORTUNES.resolve("work"), FORTUNES.resolve("education")));
        for (String language : List.of("de", "es", "ru", "it", "pl")) {
            if (!Files.isDirectory(FORTUNES.resolve(language))) {
                continue; // fortunes-it and fortunes-pl were added later: a machine without them skips them
            }
            try (Stream<Path> files = Files.list(FORTUNES.resolve(language))) {
                sources.put(language, files.filter(f -> !f.toString().endsWith(".dat") && !f.toString().endsWith(".u8"))
                        .sorted().toList());
            }
        }
        // fortunes-br (Brazilian Portuguese) and fortunes-zh (Chinese sayings and classical poems), when installed
        if (Files.isRegularFile(FORTUNES.resolve("brasil"))) {
            sources.put("pt", List.of(FORTUNES.resolve("brasil")));
        }
        if (Files.isRegularFile(FORTUNES.resolve("chinese"))) {
            sources.put("zh", List.of(FORTUNES.resolve("chinese"), FORTUNES.resolve("tang300"),
                    FORTUNES.resolve("song100")));
        }
        HebrewGibberishDetector guard = new HebrewGibberishDetector();
        ScriptAwareLanguageIdentifier identifier = new ScriptAwareLanguageIdentifier();
        System.out.println("Guard on outside sentences (Debian fortunes), " + PER_LANGUAGE + " a part at most:");
        for (Map.Entry<String, List<Path>> source : sources.entrySet()) {
            List<String> shuffled = sentences(source.getValue());
            report(source.getKey(), "looked at", shuffled.subList(0, Math.min(PER_LANGUAGE, shuffled.size())), guard,
                    identifier, true);
            if (shuffled.size() > PER_LANGUAGE) {
                report(source.getKey(), "held back", shuffled.subList(PER_LANGUAGE,
                        Math.min(2 * PER_LANGUAGE, shuffled.size())), guard, identifier, false);
            }
            if (shuffled.size() > 2 * PER_LANGUAGE) {
                // what is left after the held-back part: more sentences to look at while a rule is mended
                report(source.getKey(), "the rest, looked at", shuffled.subList(2 * PER_LANGUAGE, shuffled.size()),
                        guard, identifier, true);
            }
        }
    }

    private static void report(String expected, String part, List<String> sentences, HebrewGibberishDetector guard,
            ScriptAwareLanguageIdentifier identifier, boolean printExamples) {
        int flagged = 0;
        int named = 0;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        for (String text : sentences) {
            String language = identifier.identify(text).code();
            named += expected.equals(language) ? 1 : 0;
            double seconds = Math.max(2, text.split("\\s+").length / 2.5);
            Transcript transcript = new Transcript(language, text,
                    List.of(new TranscriptSegment(0, seconds, text, -0.25, 0.02, 1.3)), "whisper-1", seconds);
            GibberishVerdict verdict = guard.check(transcript);
            if (verdict.gibberish()) {
                flagged++;
                reasons.merge(verdict.reasonCode(), 1, Integer::sum);
                if (printExamples && examples.size() < Integer.getInteger("examples", 5)) {
                    examples.add(verdict.reasonCode() + " [" + language + "]: " + text);
                }
            }
        }
        System.out.printf("  %s, %s: %d sentences, named %s %.1f%%, judged gibberish %d (%.1f%%) %s%n", expected,
                part, sentences.size(), expected, 100.0 * named / sentences.size(), flagged,
                100.0 * flagged / sentences.size(), reasons);
        examples.forEach(e -> System.out.println("      " + e));
    }

    /** Quips of one to three lines, 25–300 characters, mostly letters (no ASCII art), without attribution. */
    private static List<String> sentences(List<Path> files) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            for (String entry : Files.readString(file, StandardCharsets.UTF_8).split("\n%\n")) {
                List<String> lines = entry.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.startsWith("--") && !l.startsWith("—") && !l.startsWith("-- ")).toList();
                String text = String.join(" ", lines).replaceAll("\\s+", " ").strip();
                long letters = text.codePoints().filter(Character::isLetter).count();
                if (lines.size() >= 1 && lines.size() <= 3 && text.length() >= 25 && text.length() <= 300
                        && letters > 0.7 * text.length()) {
                    all.add(text);
                }
            }
        }
        Collections.shuffle(all, new Random(13));
        return all;
    }
}
