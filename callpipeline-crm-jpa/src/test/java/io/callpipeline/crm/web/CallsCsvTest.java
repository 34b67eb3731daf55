package io.callpipeline.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallsCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "\tשלום"})
    void aFieldAFormulaCouldStartWithIsMadeText(String value) {
        String field = CallsCsv.field(value);
        String unquoted = field.startsWith("\"") ? field.substring(1) : field;
        assertThat(unquoted).startsWith("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+972545551234", "-5", "2,450,000", "שלום", "12:30"})
    void numbersAndTextStayAsTheyAre(String value) {
        assertThat(CallsCsv.field(value).replace("\"", "")).isEqualTo(value);
    }
}
