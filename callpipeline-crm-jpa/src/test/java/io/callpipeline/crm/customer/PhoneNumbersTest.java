package io.callpipeline.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers israel = new PhoneNumbers("IL");

    @ParameterizedTest
    @ValueSource(strings = {"054-1234567", "0541234567", "+972541234567", "972541234567", "+972-54-123-4567",
        "054 123 4567", "00972541234567", "(054) 1234567"})
    void oneMobileNumberHowEverItIsWritten(String written) {
        assertThat(israel.toE164(written)).contains("+972541234567");
    }

    @Test
    void landlinesAndForeignNumbers() {
        assertThat(israel.toE164("03-5551234")).contains("+97235551234");
        assertThat(israel.toE164("+1 415 555 2671")).contains("+14155552671");
        assertThat(new PhoneNumbers("US").toE164("(415) 555-2671")).contains("+14155552671");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anonymous", "anonymous", "Restricted", "+266696687", "", "  ", "Unknown", "Private"})
    void withheldNumbersAreNoNumber(String withheld) {
        assertThat(israel.isWithheld(withheld)).isTrue();
        assertThat(israel.toE164(withheld)).isEmpty();
    }

    @Test
    void nullIsWithheld() {
        assertThat(israel.isWithheld(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"client:alice", "12", "05412", "not a number", "sip:agent@example.com"})
    void invalidNumbersAreNoNumberButNotWithheld(String invalid) {
        assertThat(israel.toE164(invalid)).isEmpty();
        assertThat(israel.isWithheld(invalid)).isFalse();
        assertThatThrownBy(() -> israel.requireE164(invalid)).isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining(invalid);
    }

    @Test
    void unknownRegionIsRefusedAtOnce() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
    }
}
