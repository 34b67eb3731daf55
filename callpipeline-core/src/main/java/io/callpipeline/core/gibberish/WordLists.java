package io.callpipeline.core.gibberish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The guard's word lists are tab-separated files shipped beside its classes, written to be read and edited by
 * people (a comment per list says where its words come from): one place reads them all, so a missing file or a
 * comment line is handled the same way in each.
 */
final class WordLists {

    private WordLists() {
    }

    /**
     * The rows of a list beside this class, each split at its tabs; blank lines and lines starting with "#" are
     * skipped. A list missing from the class path is a broken build, not a missing word: it fails loudly.
     */
    static List<String[]> rows(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /**
     * The words of a two-column list (language, words) in the form they are looked up in: normalised, lower case,
     * Arabic and Ethiopic letter variants folded ({@link NumberWords#key}).
     */
    static Set<String> lookupForms(String resource) {
        Set<String> words = new HashSet<>();
        for (String[] columns : rows(resource)) {
            addLookupForms(words, columns[1]);
        }
        return Set.copyOf(words);
    }

    /**
     * A listed word written "=ver" is that whole word only, where its letters open many others (Spanish "ver" and
     * "verdad", Russian "посмотрел" and "посмотрели"): the word without its mark, or null for a stem.
     */
    static String wholeWord(String listed) {
        return listed.startsWith("=") ? listed.substring(1) : null;
    }

    /**
     * A listed word written "на+просмотр" is a pair: the first whole word, then a word the second starts (Russian's
     * "на просмотр" is a viewing to go to, "за просмотр" a video's thanks for watching): its two parts, or null.
     */
    static String[] pair(String listed) {
        int plus = listed.indexOf('+');
        return plus > 0 && plus < listed.length() - 1
                ? new String[] {listed.substring(0, plus), listed.substring(plus + 1)} : null;
    }

    /**
     * Adds a column's words to {@code set} in the form they are looked up in ({@link #lookupForms}'s): normalised,
     * lower case, letter variants folded.
     */
    static void addLookupForms(Set<String> set, String column) {
        for (String word : words(column)) {
            set.add(NumberWords.key(TranscriptFeatures.normalize(word)));
        }
    }

    /** A column's words, separated by spaces. */
    static String[] words(String column) {
        return column.strip().split(" +");
    }
}
