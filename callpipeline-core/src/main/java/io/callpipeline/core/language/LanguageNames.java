package io.callpipeline.core.language;

import java.util.Map;
import java.util.Optional;

/**
 * The Hebrew names of the languages callers speak, for the agent (the tab) and for the responder's
 * instructions, which are written in Hebrew.
 */
public final class LanguageNames {

    private static final Map<String, String> HEBREW = Map.ofEntries(
            Map.entry("he", "עברית"), Map.entry("ar", "ערבית"), Map.entry("ru", "רוסית"), Map.entry("uk", "אוקראינית"),
            Map.entry("en", "אנגלית"), Map.entry("fr", "צרפתית"), Map.entry("es", "ספרדית"), Map.entry("de", "גרמנית"),
            Map.entry("it", "איטלקית"), Map.entry("pt", "פורטוגזית"), Map.entry("ro", "רומנית"), Map.entry("pl", "פולנית"),
            Map.entry("nl", "הולנדית"), Map.entry("tr", "טורקית"), Map.entry("fa", "פרסית"), Map.entry("am", "אמהרית"),
            Map.entry("el", "יוונית"));

    private LanguageNames() {
    }

    /** @return the language's name in Hebrew, or empty for a code without one (and for {@code und}) */
    public static Optional<String> inHebrew(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(HEBREW.get(code));
    }
}
