package io.callpipeline.core.transcription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The words a transcriber is steered towards, in the two forms providers take them: a prompt in the call's
 * language (Whisper's {@code prompt}) or a list of key terms (ElevenLabs' {@code keyterms}, Azure's phrase lists).
 * {@link #HEBREW_REAL_ESTATE} is what ships: Hebrew real-estate words and place names a transcriber otherwise
 * spells wrong ("ממ״ד", "ארנונה", cities and neighbourhoods).
 */
public final class Vocabulary {

    /** The shipped Hebrew real-estate vocabulary. */
    public static final Vocabulary HEBREW_REAL_ESTATE = new Vocabulary(load("transcription-prompt-he.txt"));

    private final String prompt;

    private Vocabulary(String prompt) {
        this.prompt = prompt;
    }

    /** A vocabulary written as a prompt: a sentence or a list, separated by commas, colons or full stops. */
    public static Vocabulary of(String prompt) {
        return new Vocabulary(Objects.requireNonNull(prompt, "prompt").strip());
    }

    /** The vocabulary as a prompt. */
    public String prompt() {
        return prompt;
    }

    /**
     * The vocabulary as key terms: each piece between separators, at most {@code maxWords} words and
     * {@code maxChars} characters (longer pieces, such as a leading description, are left out), without repeats,
     * in order, at most {@code maxTerms}.
     */
    public List<String> terms(int maxTerms, int maxWords, int maxChars) {
        Set<String> terms = new LinkedHashSet<>();
        for (String piece : prompt.split("[,.:;\\n]")) {
            String term = piece.strip();
            if (!term.isEmpty() && term.length() <= maxChars && term.split("\\s+").length <= maxWords) {
                terms.add(term);
            }
            if (terms.size() == maxTerms) {
                break;
            }
        }
        return List.copyOf(new ArrayList<>(terms));
    }

    private static String load(String name) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
