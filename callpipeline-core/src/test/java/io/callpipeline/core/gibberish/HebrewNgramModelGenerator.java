package io.callpipeline.core.gibberish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds {@code hebrew-char-ngrams.tsv}, the character n-gram counts the gibberish guard's
 * {@link HebrewCharModel} is made of, from the Hebrew profile of the Optimaize language-detector
 * (Apache License 2.0; counts of 1- to 3-character sequences in Hebrew Wikipedia text). Only the
 * sequences made of Hebrew letters and word boundaries are kept.
 *
 * <p>Run {@code main} with the output path to regenerate; {@code HebrewCharModelTest} checks the
 * shipped file is exactly what this produces.
 */
public final class HebrewNgramModelGenerator {

    static final String HEADER = """
            # Hebrew character n-gram counts (n = 1..3, ' ' marks a word boundary), used by HebrewCharModel.
            # Source: the 'he' language profile of com.optimaize.languagedetector:language-detector:0.6,
            # Apache License 2.0, built from Hebrew Wikipedia text. Regenerate with HebrewNgramModelGenerator.
            """;

    private HebrewNgramModelGenerator() {
    }

    public static String generate() throws IOException {
        JsonNode profile;
        try (InputStream in = HebrewNgramModelGenerator.class.getClassLoader().getResourceAsStream("languages/he")) {
            if (in == null) {
                throw new IOException("languages/he not on the classpath: is language-detector a test dependency?");
            }
            profile = new ObjectMapper().readTree(in);
        }
        Map<String, Long> kept = new TreeMap<>(Comparator.comparingInt(String::length).thenComparing(s -> s));
        profile.get("freq").fields().forEachRemaining(e -> {
            if (isHebrew(e.getKey())) {
                kept.put(e.getKey(), e.getValue().asLong());
            }
        });
        StringBuilder out = new StringBuilder(HEADER);
        kept.forEach((gram, count) -> out.append(gram).append('\t').append(count).append('\n'));
        return out.toString();
    }

    private static boolean isHebrew(String gram) {
        boolean letter = false;
        for (char c : gram.toCharArray()) {
            if (c >= 'א' && c <= 'ת') {
                letter = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return letter;
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), generate(), StandardCharsets.UTF_8);
    }
}
