package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Set;

/**
 * A new video named as one the caller knows ("the new video is better", "הסרטון החדש לא נפתח", "الفيديو الجديد",
 * "la nouvelle vidéo") rather than a series' next ("a new video every week", "סרטון חדש בכל יום", "فيديو جديد"): a
 * video's ending promises new ones, a caller speaks of the one he was sent. Told by the definite article, a word of its
 * own before the words (English, French, Spanish, German, Portuguese) or Hebrew's ה and Arabic's ال joined to "new".
 * Russian has no article, so its "новое видео" stays a series' next.
 */
final class NewOnes {

    /** "New" in the languages whose article tells a known one from any. */
    private static final Set<String> NEW = Set.of("new", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
            "nuevo", "nueva", "nuevos", "nuevas", "novo", "nova", "novos", "novas", "neue", "neues", "neuen", "neuer",
            "חדש", "חדשה", "חדשים", "חדשות", "جديد", "جديدة");

    /**
     * The definite articles written as words ("the", "la", "el", "il", "het"); Portuguese's "a" and "o" are left out,
     * English's "a" being the indefinite one, and Dutch "de", French and Spanish "of". Also what may stand between
     * "that was" and the news it names ({@link EndingScan}: "Those were the headlines").
     */
    static final Set<String> THE = Set.of("the", "le", "la", "les", "el", "los", "las", "os", "as", "der",
            "die", "das", "den", "dem", "il", "lo", "gli", "i", "het");

    private NewOnes() {
    }

    /** Whether the word is "new" as written bare, with no article joined to it ("new", "nouvelle", "חדש", "جديدة"). */
    static boolean isNew(String word) {
        return NEW.contains(word);
    }

    /**
     * Whether "new" is written after what it tells of, as Hebrew and Arabic write it ("סיור חדש", "جولة جديدة"), where
     * its own article says whether that is a known one ("הסיור החדש").
     */
    static boolean writtenAfter(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.ARABIC;
    }

    /**
     * Whether the word at {@code at} is "new" said of a known video: joined to Hebrew's ה or Arabic's ال, or after an
     * article that stands before the first of it and the video ({@code videoAt}: "el video nuevo", "the new video").
     */
    static boolean namedAsOne(List<String> words, int at, int videoAt) {
        String word = words.get(at);
        if (NEW.contains(word)) {
            int first = Math.min(at, videoAt);
            return first > 0 && THE.contains(words.get(first - 1));
        }
        return word.startsWith("ה") && NEW.contains(word.substring(1))
                || word.startsWith("ال") && NEW.contains(word.substring(2));
    }
}
