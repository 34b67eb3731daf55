package io.callpipeline.core.language;

/**
 * Tells which language a transcript is in, because a call's language is a fact of the call: real
 * speech in Arabic, Russian or French is speech, and the guard, the responder and the CRM need to
 * know which. The default is {@link ScriptAwareLanguageIdentifier}.
 */
@FunctionalInterface
public interface LanguageIdentifier {

    /** @return the language, or {@link IdentifiedLanguage#undetermined()} for text that shows none */
    IdentifiedLanguage identify(String text);
}
