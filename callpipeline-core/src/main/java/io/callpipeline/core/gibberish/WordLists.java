package io.callpipeline.core.gibberish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    /** A column's words, separated by spaces. */
    static String[] words(String column) {
        return column.strip().split(" +");
    }
}
