package io.callpipeline.core.language;

import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Optional;

/**
 * The Hebrew names of the languages callers speak, for the agent (the tab) and for the responder's
 * instructions, which are written in Hebrew: ours for the languages profiled, ICU's for the ones named by their
 * script (Hindi, Thai, Chinese…).
 */
public final class LanguageNames {

    private static final Map<String, String> HEBREW = Map.ofEntries(
            Map.entry("he", "עברית"), Map.entry("ar", "ערבית"), Map.entry("ru", "רוסית"), Map.entry("uk", "אוקראינית"),
            Map.entry("en", "אנגלית"), Map.entry("fr", "צרפתית"), Map.entry("es", "ספרדית"), Map.entry("de", "גרמנית"),
            Map.entry("it", "איטלקית"), Map.entry("pt", "פורטוגזית"), Map.entry("ro", "רומנית"), Map.entry("pl", "פולנית"),
            Map.entry("nl", "הולנדית"), Map.entry("tr", "טורקית"), Map.entry("fa", "פרסית"), Map.entry("am", "אמהרית"),
            Map.entry("el", "יוונית"));
    private static final ULocale HEBREW_LOCALE = ULocale.forLanguageTag("he");

    private LanguageNames() {
    }

    /** @return the language's name in Hebrew, or empty for a code without one (and for {@code und}) */
    public static Optional<String> inHebrew(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String ours = HEBREW.get(code);
        if (ours != null) {
            return Optional.of(ours);
        }
        ULocale language = ULocale.forLanguageTag(code);
        String name = language.getDisplayLanguage(HEBREW_LOCALE);
        // ICU gives back the code itself for a code it has no name for ("und", "zz")
        return name.isBlank() || name.equalsIgnoreCase(language.getLanguage()) || "und".equals(language.getLanguage())
                ? Optional.empty() : Optional.of(name);
    }
}
