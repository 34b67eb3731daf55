package io.callpipeline.core.nextstep;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Israel's working week and holidays, from ICU4J's Hebrew calendar: which days nobody does business
 * (Shabbat and the holidays' rest days), which are working days (Sunday to Thursday, not a rest day), and
 * when each {@link IsraeliHoliday} falls. Friday is a short day but not a rest day: a caller who says
 * "ביום שישי" means it.
 */
public final class IsraeliCalendar {

    /** Days between the Julian day number and {@link LocalDate#toEpochDay()}. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;
    private static final int TISHREI = HebrewCalendar.TISHRI;
    private static final int KISLEV = HebrewCalendar.KISLEV;
    private static final int ADAR = HebrewCalendar.ADAR; // Adar, or Adar II in a leap year: Purim's month
    private static final int NISAN = HebrewCalendar.NISAN;
    private static final int IYAR = HebrewCalendar.IYAR;
    private static final int SIVAN = HebrewCalendar.SIVAN;

    private final java.util.Map<Integer, Set<LocalDate>> restDays = new java.util.concurrent.ConcurrentHashMap<>();

    /** The first and last day of one year's holiday. */
    public record Span(LocalDate first, LocalDate last) {
    }

    /** The Hebrew year (e.g. 5787) a date falls in. */
    public int hebrewYear(LocalDate date) {
        return hebrew(date).get(Calendar.EXTENDED_YEAR);
    }

    /** Whether nobody does business: Shabbat, or a holiday's rest day (yom tov, Yom Kippur, Yom HaAtzmaut). */
    public boolean restDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return true;
        }
        int year = hebrewYear(date);
        for (LocalDate rest : restDays(year)) {
            if (rest.equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether it is a working day: Sunday to Thursday, and no rest day. */
    public boolean workingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.FRIDAY && !restDay(date);
    }

    /** {@code date} itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code date} itself when it is a working day, else the last working day before it. */
    public LocalDate workingDayUntil(LocalDate date) {
        LocalDate day = date;
        while (!workingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code date} itself unless it is a rest day, else the first day after it that is none. */
    public LocalDate restDayPassed(LocalDate date) {
        LocalDate day = date;
        while (restDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The days of {@code holiday} in the Hebrew year {@code year} (Tishrei to Elul); for
     * {@link IsraeliHoliday#THE_HOLIDAYS}, the autumn season of that year (Rosh Hashana to Simchat Torah).
     */
    public Span span(IsraeliHoliday holiday, int year) {
        return switch (holiday) {
            case THE_HOLIDAYS -> new Span(date(year, TISHREI, 1), date(year, TISHREI, 22));
            case ROSH_HASHANA -> new Span(date(year, TISHREI, 1), date(year, TISHREI, 2));
            case YOM_KIPPUR -> single(date(year, TISHREI, 10));
            case SUKKOT -> new Span(date(year, TISHREI, 15), date(year, TISHREI, 22));
            case HANUKKAH -> new Span(date(year, KISLEV, 25), date(year, KISLEV, 25).plusDays(7));
            case PURIM -> single(date(year, ADAR, 14));
            case PESACH -> new Span(date(year, NISAN, 15), date(year, NISAN, 21));
            case INDEPENDENCE_DAY -> single(independenceDay(year));
            case SHAVUOT -> single(date(year, SIVAN, 6));
        };
    }

    /**
     * The first time {@code holiday} (for {@link IsraeliHoliday#THE_HOLIDAYS}: the autumn holidays or Pesach,
     * whichever comes first) has not ended by {@code date}: this year's while it lasts, else the next.
     */
    public Span nextNotEnded(IsraeliHoliday holiday, LocalDate date) {
        return next(holiday, date, span -> !span.last().isBefore(date));
    }

    /** The first time {@code holiday} (or the next season, for the unnamed holidays) starts after {@code date}. */
    public Span nextStartingAfter(IsraeliHoliday holiday, LocalDate date) {
        return next(holiday, date, span -> span.first().isAfter(date));
    }

    private Span next(IsraeliHoliday holiday, LocalDate date, java.util.function.Predicate<Span> wanted) {
        int year = hebrewYear(date);
        for (int y = year - 1; y <= year + 2; y++) {
            Span found = null;
            for (Span span : holiday == IsraeliHoliday.THE_HOLIDAYS
                    ? java.util.List.of(span(IsraeliHoliday.THE_HOLIDAYS, y), span(IsraeliHoliday.PESACH, y))
                    : java.util.List.of(span(holiday, y))) {
                if (wanted.test(span) && (found == null || span.first().isBefore(found.first()))) {
                    found = span;
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("No " + holiday + " within two years of " + date);
    }

    /** The rest days of a Hebrew year in Israel, made once per year asked. */
    private Set<LocalDate> restDays(int year) {
        return restDays.computeIfAbsent(year, y -> Set.of(date(year, TISHREI, 1), date(year, TISHREI, 2), date(year, TISHREI, 10),
                date(year, TISHREI, 15), date(year, TISHREI, 22), date(year, NISAN, 15), date(year, NISAN, 21),
                independenceDay(year), date(year, SIVAN, 6)));
    }

    /**
     * 5 Iyar, moved as Israeli law moves it: to Thursday when it falls on Friday (4 Iyar) or Shabbat (3 Iyar),
     * to Tuesday when it falls on Monday (so that Memorial Day before it does not follow Shabbat).
     */
    private LocalDate independenceDay(int year) {
        LocalDate fifth = date(year, IYAR, 5);
        return switch (fifth.getDayOfWeek()) {
            case FRIDAY -> fifth.minusDays(1);
            case SATURDAY -> fifth.minusDays(2);
            case MONDAY -> fifth.plusDays(1);
            default -> fifth;
        };
    }

    private static Span single(LocalDate day) {
        return new Span(day, day);
    }

    private static LocalDate date(int year, int month, int day) {
        HebrewCalendar calendar = new HebrewCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month);
        calendar.set(Calendar.DATE, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }

    private static HebrewCalendar hebrew(LocalDate date) {
        HebrewCalendar calendar = new HebrewCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + EPOCH_JULIAN_DAY));
        return calendar;
    }
}
