package io.callpipeline.core.nextstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates around Israeli weekends and holidays, each checked by hand against the printed calendar: the
 * rules are "a day named is kept unless nobody works on it" and "a day counted lands on a working day".
 */
class DueDatesTest {

    private final DueDates dates = DueDates.inIsrael();

    private LocalDate due(Due due, String callDay) {
        return dates.resolve(due, LocalDate.parse(callDay));
    }

    private static Due weekday(DayOfWeek day) {
        return new Due(DueKind.WEEKDAY, day, null, null, null, null);
    }

    private static Due count(DueKind kind, int count) {
        return new Due(kind, null, count, null, null, null);
    }

    private static Due holiday(DueKind kind, IsraeliHoliday holiday) {
        return new Due(kind, null, null, holiday, null, null);
    }

    private static Due date(Integer day, Integer month) {
        return new Due(DueKind.DATE, null, null, null, day, month);
    }

    @Test
    void afterTheHolidaysIsTheFirstWorkingDayAfterSimchatTorahOrPesach() {
        // Shemini Atzeret 5787 is Shabbat 3.10.2026: the first working day after it is Sunday 4.10
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.THE_HOLIDAYS), "2026-09-03")).isEqualTo("2026-10-04");
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.THE_HOLIDAYS), "2026-09-23"))
                .as("said between Yom Kippur and Sukkot").isEqualTo("2026-10-04");
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.THE_HOLIDAYS), "2026-11-10"))
                .as("said in winter: after Pesach 5787 (ends Wednesday 28.4.2027)").isEqualTo("2027-04-29");
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.PESACH), "2026-03-01")).isEqualTo("2026-04-09");
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.HANUKKAH), "2026-12-01")).isEqualTo("2026-12-13");
        // Yom HaAtzmaut 5785 moved to Thursday 1.5.2025; Friday is no working day, so Sunday
        assertThat(due(holiday(DueKind.AFTER_HOLIDAY, IsraeliHoliday.INDEPENDENCE_DAY), "2025-04-20"))
                .isEqualTo("2025-05-04");
    }

    @Test
    void beforeAHolidayIsTheLastWorkingDayBeforeItAndNeverBeforeTheCall() {
        assertThat(due(holiday(DueKind.BEFORE_HOLIDAY, IsraeliHoliday.PESACH), "2027-03-01")).isEqualTo("2027-04-21");
        // Rosh Hashana 5787 starts on Shabbat: Friday is no working day, so Thursday 10.9
        assertThat(due(holiday(DueKind.BEFORE_HOLIDAY, IsraeliHoliday.ROSH_HASHANA), "2026-09-01"))
                .isEqualTo("2026-09-10");
        assertThat(due(holiday(DueKind.BEFORE_HOLIDAY, IsraeliHoliday.ROSH_HASHANA), "2026-09-11"))
                .as("said on its eve: today").isEqualTo("2026-09-11");
    }

    @Test
    void aDayNamedIsKeptUnlessNobodyWorksOnIt() {
        assertThat(due(Due.of(DueKind.TOMORROW), "2026-12-03")).as("Thursday's tomorrow: Friday, kept").isEqualTo("2026-12-04");
        // said on the eve of Rosh Hashana 5787 (Friday 11.9): Shabbat, then its two days
        assertThat(due(Due.of(DueKind.TOMORROW), "2026-09-11")).isEqualTo("2026-09-14");
        assertThat(due(Due.of(DueKind.DAY_AFTER_TOMORROW), "2026-12-03")).as("Shabbat: Sunday").isEqualTo("2026-12-06");
        assertThat(due(weekday(DayOfWeek.THURSDAY), "2026-12-01")).isEqualTo("2026-12-03");
        assertThat(due(weekday(DayOfWeek.THURSDAY), "2026-12-03")).as("said on a Thursday: the next").isEqualTo("2026-12-10");
        assertThat(due(weekday(DayOfWeek.MONDAY), "2026-09-17")).as("Yom Kippur: the day after").isEqualTo("2026-09-22");
        assertThat(due(Due.of(DueKind.TODAY), "2026-12-05")).as("today is today").isEqualTo("2026-12-05");
    }

    @Test
    void aDayCountedLandsOnAWorkingDay() {
        assertThat(due(count(DueKind.IN_WEEKS, 2), "2026-12-04")).as("a Friday: Sunday").isEqualTo("2026-12-20");
        assertThat(due(count(DueKind.IN_DAYS, 3), "2026-12-01")).isEqualTo("2026-12-06");
        assertThat(due(count(DueKind.IN_MONTHS, 1), "2026-08-12")).as("Rosh Hashana's Shabbat and Sunday")
                .isEqualTo("2026-09-14");
        assertThat(due(Due.of(DueKind.NEXT_WEEK), "2026-09-09")).as("its Sunday is Rosh Hashana").isEqualTo("2026-09-14");
        assertThat(due(Due.of(DueKind.END_OF_WEEK), "2026-09-28")).as("Sukkot's intermediate days work")
                .isEqualTo("2026-10-01");
        assertThat(due(Due.of(DueKind.END_OF_WEEK), "2026-12-04")).as("a Friday: next week's").isEqualTo("2026-12-10");
        assertThat(due(Due.of(DueKind.END_OF_MONTH), "2026-10-05")).as("31.10 is Shabbat, 30.10 Friday")
                .isEqualTo("2026-10-29");
    }

    @Test
    void aDateIsTheNextOneOnOrAfterTheCall() {
        assertThat(due(date(15, null), "2026-12-20")).as("the 15th, said on the 20th").isEqualTo("2027-01-15");
        assertThat(due(date(15, 12), "2026-12-03")).isEqualTo("2026-12-15");
        assertThat(due(date(3, 1), "2026-12-03")).isEqualTo("2027-01-03");
        assertThat(due(date(29, 2), "2027-03-01")).as("waits for a leap year").isEqualTo("2028-02-29");
        assertThat(due(date(5, 12), "2026-12-03")).as("Shabbat: Sunday").isEqualTo("2026-12-06");
    }

    @Test
    void whatCannotBeADateGivesNone() {
        assertThat(due(Due.NONE, "2026-12-03")).isNull();
        assertThat(due(date(31, 2), "2026-12-03")).isNull();
        assertThat(due(date(0, null), "2026-12-03")).isNull();
        assertThat(due(date(12, 13), "2026-12-03")).isNull();
        assertThat(due(count(DueKind.IN_DAYS, 0), "2026-12-03")).isNull();
        assertThat(due(count(DueKind.IN_DAYS, DueDates.MAX_COUNT + 1), "2026-12-03")).isNull();
        assertThat(due(Due.of(DueKind.WEEKDAY), "2026-12-03")).as("no weekday").isNull();
        assertThat(due(Due.of(DueKind.AFTER_HOLIDAY), "2026-12-03")).as("no holiday").isNull();
        assertThat(dates.resolve(null, LocalDate.parse("2026-12-03"))).isNull();
    }

    @Test
    void theCallsDayIsIsraelsNotUtcs() {
        assertThat(dates.dayOf(Instant.parse("2026-12-03T22:30:00Z"))).as("00:30 in Israel").isEqualTo("2026-12-04");
        assertThat(dates.dayOf(Instant.parse("2026-07-03T21:30:00Z"))).as("summer time, 00:30").isEqualTo("2026-07-04");
    }
}
