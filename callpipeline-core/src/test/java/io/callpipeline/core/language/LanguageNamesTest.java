package io.callpipeline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Hebrew name the tab and the responder's instructions give a caller's language. */
class LanguageNamesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ru | רוסית
        am | אמהרית
        hi | הינדי
        th | תאית
        zh | סינית
        ka | גאורגית
        """)
    void namesTheLanguageInHebrew(String code, String name) {
        assertThat(LanguageNames.inHebrew(code)).contains(name);
    }

    /** A language the identifier names by its script (Hindi, Thai, Chinese) gets its name from ICU, as the others. */
    @ParameterizedTest
    @ValueSource(strings = {"und", "zz", ""})
    void aCodeOfNoLanguageHasNoName(String code) {
        assertThat(LanguageNames.inHebrew(code)).isEmpty();
    }
}
