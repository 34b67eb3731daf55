package io.callpipeline.core.gibberish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences Whisper is known to invent over silence, noise and hold music, learnt from video
 * subtitles ("thanks for watching", "subtitles by …"). Two kinds: phrases nobody says on a phone
 * call, and polite phrases that are real at the end of a call but suspicious when they are all
 * there is or when they fill a silent stretch. A phrase ending in "…" matches up to five more words
 * (a name, a credit), and any phrase may carry the Hebrew conjunction prefix ו ("ותודה").
 */
public final class HallucinationPhrases {

    /** Said in videos, never in a phone call. */
    public static final List<String> NEVER_SPOKEN = List.of(
            "תודה שצפיתם", "תודה רבה שצפיתם", "תודה על הצפייה", "תודה רבה על הצפייה", "צפייה מהנה",
            "תודה לצופים", "כתוביות", "הכתוביות נעשו על ידי…", "כתוביות על ידי…", "כתוביות:…", "תורגם על ידי…",
            "תרגום וכתוביות…", "הירשמו לערוץ", "אל תשכחו להירשם לערוץ", "אל תשכחו לעשות לייק…",
            "thanks for watching", "thank you for watching", "subtitles by…", "subtitles by the amara.org community",
            "please subscribe", "like and subscribe", "transcribed by…", "translated by…");

    /** Real in a call, suspicious as the whole transcript or over silence. */
    public static final List<String> POLITE = List.of(
            "תודה רבה", "תודה", "תודה רבה לכם", "תודה לכם", "שלום לכולם", "ביי", "ביי ביי",
            "thank you", "thank you very much", "thanks", "bye", "you");

    private final Pattern neverSpoken;
    private final Pattern any;

    /**
     * @param extra the host's own phrases, treated as never spoken
     */
    public HallucinationPhrases(List<String> extra) {
        List<String> never = new ArrayList<>(NEVER_SPOKEN);
        never.addAll(extra);
        List<String> all = new ArrayList<>(never);
        all.addAll(POLITE);
        this.neverSpoken = compile(never);
        this.any = compile(all);
    }

    /** The built-in phrases only. */
    public static HallucinationPhrases builtIn() {
        return new HallucinationPhrases(List.of());
    }

    /** The share of the letters of {@code normalizedText} that belong to any known phrase. */
    public double coverage(String normalizedText) {
        return coverage(any, normalizedText);
    }

    /** The share of the letters that belong to phrases never spoken in a call. */
    public double neverSpokenCoverage(String normalizedText) {
        return coverage(neverSpoken, normalizedText);
    }

    private static double coverage(Pattern pattern, String text) {
        String cleaned = text.replaceAll("[^\\p{L}\\p{N}.@]+", " ").strip();
        int letters = countLetters(cleaned);
        if (letters == 0) {
            return 0;
        }
        int covered = 0;
        Matcher m = pattern.matcher(cleaned);
        while (m.find()) {
            covered += countLetters(m.group());
        }
        return (double) covered / letters;
    }

    private static int countLetters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static Pattern compile(List<String> unordered) {
        List<String> phrases = new ArrayList<>(unordered);
        phrases.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])ו?(?:");
        for (int i = 0; i < phrases.size(); i++) {
            String raw = phrases.get(i).strip();
            boolean open = raw.endsWith("…") || raw.endsWith("...");
            String words = TranscriptFeatures.normalize(raw).replaceAll("[^\\p{L}\\p{N}.@]+", " ")
                    .replaceAll("\\.+$", "").strip();
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words).replace(" ", "\\E\\s+\\Q"));
            if (open) {
                regex.append("(?:\\s+\\S+){0,5}");
            }
        }
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }
}
