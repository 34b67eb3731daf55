package io.callpipeline.core.nextstep;

/**
 * The holidays an Israeli caller dates things by ("אחרי החגים", "לפני פסח"), as Israel keeps them: one
 * day of Sukkot's and Pesach's festival days, Shemini Atzeret and Simchat Torah on one day. Each knows its
 * days in a Hebrew year; {@link IsraeliCalendar} turns them into dates.
 */
public enum IsraeliHoliday {

    /** "החגים" with no name: the next of the autumn holidays (Rosh Hashana to Simchat Torah) or Pesach to end. */
    THE_HOLIDAYS("החגים"),
    ROSH_HASHANA("ראש השנה"),
    YOM_KIPPUR("יום כיפור"),
    /** Sukkot through Shemini Atzeret / Simchat Torah (15–22 Tishrei). */
    SUKKOT("סוכות"),
    HANUKKAH("חנוכה"),
    PURIM("פורים"),
    PESACH("פסח"),
    /** Yom HaAtzmaut, on the day the law moves it to (never next to Shabbat). */
    INDEPENDENCE_DAY("יום העצמאות"),
    SHAVUOT("שבועות");

    private final String hebrew;

    IsraeliHoliday(String hebrew) {
        this.hebrew = hebrew;
    }

    /** The holiday's name as an agent reads it. */
    public String hebrew() {
        return hebrew;
    }
}
