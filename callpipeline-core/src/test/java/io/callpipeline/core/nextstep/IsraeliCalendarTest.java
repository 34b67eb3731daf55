package io.callpipeline.core.nextstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The holidays' dates against the published calendar (Israel's government calendar, as printed in any
 * Israeli diary), not against ICU itself: a wrong month constant or leap-year slip shows here.
 */
class IsraeliCalendarTest {

    private final IsraeliCalendar calendar = new IsraeliCalendar();

    @ParameterizedTest(name = "{0} of {1}: {2} to {3}")
    @CsvSource({
            "ROSH_HASHANA,     5787, 2026-09-12, 2026-09-13",
            "YOM_KIPPUR,       5787, 2026-09-21, 2026-09-21",
            "SUKKOT,           5787, 2026-09-26, 2026-10-03",
            "THE_HOLIDAYS,     5787, 2026-09-12, 2026-10-03",
            "HANUKKAH,         5787, 2026-12-05, 2026-12-12",
            "PURIM,            5787, 2027-03-23, 2027-03-23", // a leap year: Purim in Adar II
            "PURIM,            5786, 2026-03-03, 2026-03-03",
            "PESACH,           5786, 2026-04-02, 2026-04-08",
            "PESACH,           5787, 2027-04-22, 2027-04-28",
            "SHAVUOT,          5786, 2026-05-22, 2026-05-22",
            "INDEPENDENCE_DAY, 5786, 2026-04-22, 2026-04-22", // 5 Iyar on a Wednesday: kept
            "INDEPENDENCE_DAY, 5785, 2025-05-01, 2025-05-01", // 5 Iyar on Shabbat: Thursday 3 Iyar
            "INDEPENDENCE_DAY, 5782, 2022-05-05, 2022-05-05", // 5 Iyar on a Friday: Thursday 4 Iyar
            "INDEPENDENCE_DAY, 5764, 2004-04-27, 2004-04-27", // 5 Iyar on a Monday: Tuesday 6 Iyar
    })
    void eachHolidayFallsWhereTheCalendarPrintsIt(IsraeliHoliday holiday, int year, LocalDate first, LocalDate last) {
        assertThat(calendar.span(holiday, year)).isEqualTo(new IsraeliCalendar.Span(first, last));
    }

    @Test
    void shabbatAndTheFestivalDaysAreRestDaysButTheIntermediateDaysAndFridayAreNot() {
        assertThat(calendar.restDay(LocalDate.parse("2026-12-05"))).as("Shabbat").isTrue();
        assertThat(calendar.restDay(LocalDate.parse("2026-09-13"))).as("Rosh Hashana, second day").isTrue();
        assertThat(calendar.restDay(LocalDate.parse("2026-09-21"))).as("Yom Kippur").isTrue();
        assertThat(calendar.restDay(LocalDate.parse("2026-04-08"))).as("Pesach, seventh day").isTrue();
        assertThat(calendar.restDay(LocalDate.parse("2025-05-01"))).as("Yom HaAtzmaut, moved").isTrue();
        assertThat(calendar.restDay(LocalDate.parse("2025-05-02"))).as("5 Iyar itself, a Friday").isFalse();
        assertThat(calendar.restDay(LocalDate.parse("2026-09-28"))).as("Sukkot's intermediate days").isFalse();
        assertThat(calendar.restDay(LocalDate.parse("2026-12-07"))).as("Hanukkah").isFalse();
        assertThat(calendar.restDay(LocalDate.parse("2026-12-04"))).as("a Friday").isFalse();
        assertThat(calendar.workingDay(LocalDate.parse("2026-12-04"))).as("a Friday").isFalse();
        assertThat(calendar.workingDay(LocalDate.parse("2026-12-06"))).as("a Sunday").isTrue();
    }

    @Test
    void theUnnamedHolidaysAreWhicheverSeasonEndsNext() {
        assertThat(calendar.nextNotEnded(IsraeliHoliday.THE_HOLIDAYS, LocalDate.parse("2026-08-20")).last())
                .as("summer: the autumn holidays").isEqualTo("2026-10-03");
        assertThat(calendar.nextNotEnded(IsraeliHoliday.THE_HOLIDAYS, LocalDate.parse("2026-10-03")).last())
                .as("on their last day: still these").isEqualTo("2026-10-03");
        assertThat(calendar.nextNotEnded(IsraeliHoliday.THE_HOLIDAYS, LocalDate.parse("2026-11-10")).last())
                .as("winter: Pesach").isEqualTo("2027-04-28");
        assertThat(calendar.nextStartingAfter(IsraeliHoliday.PESACH, LocalDate.parse("2026-04-05")).first())
                .as("during Pesach, the next one starts a year on").isEqualTo("2027-04-22");
    }
}
