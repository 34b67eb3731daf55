package io.callpipeline.core.gibberish;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an ending's word says none of an ending's ideas, though its letters do: a follow-up ("Thanks for following up
 * on the lease", "the follow-up", "Merci pour le suivi du bail") is an agent's work on a caller's file, not an audience
 * following a channel, nor is a caller who leads the way ("Follow me in your car"), and English's "like" meaning "as"
 * or "want" ("Like I said", "like you said", "It looks like it helped", "I'd like to") is no like, and a description or
 * a comment of the flat ("the description of the flat", "התיאור של הדירה", "описание квартиры") is the listing's, not
 * the video's box below it (and the flat's bell its doorbell), nor is "below" before what it is below ("Leave the keys
 * below the mat"), nor a viewing met at ("увидимся на просмотре", "נתראה בצפייה"). Which words stand beside them is
 * data ({@code no-idea-here.tsv}); how each is read (the word before, after, or the one after that) is here, since
 * each word is read its own way. Kept apart from {@link EndingScan}, which asks it of a word that carries an idea
 * before it counts the idea.
 */
final class NoIdeaHere {

    /** The words of each kind of {@code no-idea-here.tsv}, read as transcripts are ({@link NumberWords#key}). */
    private static final Map<String, Set<String>> BESIDE = new HashMap<>();

    static {
        for (String[] columns : WordLists.rows("no-idea-here.tsv")) {
            Arrays.stream(WordLists.words(columns[2])).map(NumberWords::key)
                    .forEach(word -> BESIDE.computeIfAbsent(columns[0], kind -> new HashSet<>()).add(word));
        }
    }

    private NoIdeaHere() {
    }

    /** Whether the word at {@code i} says no idea where it stands (see the class). */
    static boolean at(List<String> words, int i) {
        String word = words.get(i); // the words are lower case
        String key = NumberWords.key(word);
        boolean ofTheFlat = is("the-flats", key);
        boolean follows = word.startsWith("follow") || is("follow", key);
        boolean warns = is("warning", key);
        boolean viewing = is("viewing", key);
        if (!ofTheFlat && !follows && !warns && !viewing && !word.equals("suivi") && !word.equals("like")
                && !word.equals("below")) {
            return false;
        }
        if (warns) {
            return i == 0; // "Attention, the step is broken, thanks": a warning first, not the audience's attention
        }
        String before = i > 0 ? NumberWords.key(words.get(i - 1)) : "";
        if (viewing) {
            // "увидимся на просмотре", "נתראה בצפייה", "nos vemos en la visita": the flat's viewing met at, where a
            // video thanks "за просмотр", "על הצפייה", "por la visita"
            String twoBefore = i > 1 ? NumberWords.key(words.get(i - 2)) + "+" + before : "";
            return is("viewing-at", before) || is("viewing-at", twoBefore);
        }
        String next = i + 1 < words.size() ? NumberWords.key(words.get(i + 1)) : "";
        if (ofTheFlat) {
            // "the description of the flat", "התיאור של הדירה", "описание квартиры": the listing's, not the video's
            // (and "the bell of the flat" its doorbell);
            // "nos comentários de que cidade…" asks the audience where it watches from
            int flat = is("of", next) ? i + 2 : i + 1;
            return CallerWords.topicIn(words.subList(Math.min(flat, words.size()),
                    Math.min(flat + FLAT_WITHIN, words.size())));
        }
        String after = i + 2 < words.size() ? NumberWords.key(words.get(i + 2)) : ""; // "like you said", "follow me in"
        if (follows) {
            // "Follow me in your car", "follow us to the parking", "עקבו אחרי האוטו שלי": a caller leading the way,
            // not a channel followed
            return is("up", next) || is("whole", word)
                    || is("leads-who", next) && is("leads-where", after);
        }
        if (word.equals("below")) {
            return is("below-what", next); // "below the mat", "below my door": a place, not the video's box
        }
        if (word.equals("suivi")) {
            return is("suivi-after", before);
        }
        return is("like-subject", next) || is("like-after", before)
                || next.equals("you") && (after.endsWith("ed") || is("like-you", after));
    }

    /** How many words after a description or its "of" the flat may stand ("of the flat", "de l'appartement"). */
    private static final int FLAT_WITHIN = 2;

    private static boolean is(String kind, String key) {
        return BESIDE.getOrDefault(kind, Set.of()).contains(key);
    }
}
