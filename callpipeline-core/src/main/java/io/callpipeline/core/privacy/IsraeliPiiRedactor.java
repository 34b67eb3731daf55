package io.callpipeline.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@link PiiRedactor}, for calls to Israeli agents: identity numbers (with their check
 * digit), payment cards (Luhn; Isracard's 8–9 digits with their own check when named as a card),
 * a card's expiry and security code when named, Israeli IBANs (mod 97), bank account numbers when
 * named, e-mail addresses and passport numbers when named.
 *
 * <p>A number is read as Whisper writes what a caller says: digits, grouped by spaces, dashes or
 * dots ({@code 123-45-6782}), or digit words said one by one, in Hebrew ({@code אחד שתיים שלוש…}) or in the other
 * languages Israel's callers speak (Russian, Ukrainian, Arabic, English, French, Spanish, Amharic: {@code три один
 * четыре…}), or mixed with digits; a card, an account, an identity number or a passport is named in those languages
 * too. Each finding must pass its own check, so a number that merely looks like one stays: prices
 * ({@code 2,450,000}), dates, years, rooms, floors, street numbers, phone numbers (the caller's number is how the CRM
 * knows them), a count said digit by digit, and numbers whose check fails.
 */
public final class IsraeliPiiRedactor implements PiiRedactor {

    private static final Map<String, Character> DIGIT_WORDS = digitWords();

    private static final String WORD = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** One group of digits (maybe after "and": ו-2), or one Hebrew digit word (maybe with "and": ושלוש). */
    private static final Pattern TOKEN = Pattern.compile("(?iu)(?:" + WORD + "|(?<=ו-?))(?:\\d+|ו?(?:"
            + String.join("|",
            DIGIT_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
            + "))" + END);

    /**
     * What may stand between the groups of one number: spaces and light punctuation, a caller's
     * hesitation ({@code אה}, {@code אממ}), and "and" before the last digit ({@code ו-2}).
     */
    private static final Pattern JOINER = Pattern.compile(
            "[\\s\\-–.,،፣/]{0,3}(?:(?:אה+|אמ+|הממ*|uh|um|э+|euh|eh)[\\s\\-–.,،፣/]{1,3})?(?:ו-?)?");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");
    private static final Pattern IBAN = Pattern.compile("(?i)(?<![A-Z0-9])IL[\\s-]?\\d{2}(?:[\\s-]?\\d){19}(?!\\d)");
    private static final Pattern PASSPORT = Pattern.compile(
            "(?iu)(?:דרכון|passport|паспорт|جواز|passeport|pasaporte|ፓስፖርት)[^A-Za-z0-9]{0,20}?(?<![A-Za-z0-9])"
            + "([A-Z]{0,2}\\d{6,9})(?![A-Za-z0-9])");
    private static final Pattern EXPIRY = Pattern.compile(
            "(?i)(?:תוקף|בתוקף עד|תאריך תפוגה|exp(?:iry|iration)?)[^\\d]{0,12}?(?<!\\d)((?:0?[1-9]|1[0-2])\\s?[/.-]\\s?(?:\\d{2}|20\\d{2}))(?!\\d)");

    private static final Pattern ID_CONTEXT = context("(?<!\\p{L})ת[\"״'׳.]\\s?ז(?!\\p{L})|(?<!\\p{L})תז(?!\\p{L})|"
            + "תעודת\\s+זהות|מספר\\s+זהות|זהות|\\bID\\b|\\bid number\\b|identity|теудат|зеут|удостоверени|هوية|هويتي|"
            + "teudat|teoudat|identité|identidad|መታወቂያ");
    private static final Pattern CARD_CONTEXT = context("כרטיס|אשראי|ויזה|מאסטרקארד|ישראכרט|אמריקן|דיינרס|visa|"
            + "mastercard|card|карт|بطاقة|carte|tarjeta|ካርድ");
    private static final Pattern CVV_CONTEXT = context("cvv|cvc|קוד\\s+(?:ה)?אבטחה|(?:ה)?ספרות\\s+(?:ש)?ב?גב|"
            + "שלוש\\s+הספרות");
    /** A sum of money follows: "חשבון של 12500 שקל" is a bill, not a bank account. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("\\s*(?:₪|ש\"ח|ש״ח|שקל|שקלים|ש'|אלף|ש\\b)");
    private static final Pattern ACCOUNT_CONTEXT = context("חשבון(?:\\s+(?:ה)?בנק)?|account|сч[её]т|рахун|حساب|compte|"
            + "cuenta|ሂሳብ");

    private static Pattern context(String words) {
        // the words, then up to 20 characters without a digit, up to where the number starts
        return Pattern.compile("(?iu)(?:" + words + ")[^\\d]{0,20}$");
    }

    @Override
    public Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return Redaction.none(text == null ? "" : text);
        }
        List<Finding> findings = new ArrayList<>();
        find(EMAIL, text, PiiKind.EMAIL, 0, findings);
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            if (ibanValid(iban.group())) {
                add(findings, new Finding(iban.start(), iban.end(), PiiKind.IBAN));
            }
        }
        find(PASSPORT, text, PiiKind.PASSPORT, 1, findings);
        find(EXPIRY, text, PiiKind.CARD_EXPIRY, 1, findings);
        for (List<Token> run : runs(text, findings)) {
            judge(text, run, findings);
        }
        return apply(text, findings);
    }

    private static void find(Pattern pattern, String text, PiiKind kind, int group, List<Finding> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(findings, new Finding(m.start(group), m.end(group), kind));
        }
    }

    /** Decides what a run of number tokens is: a card (or a card and more), an ID, or a named number. */
    private static void judge(String text, List<Token> run, List<Finding> findings) {
        String before = text.substring(Math.max(0, run.get(0).start - 40), run.get(0).start);
        String digits = digitsOf(run, 0, run.size());
        boolean cardNamed = CARD_CONTEXT.matcher(before).find();
        // a card, maybe followed in the same breath by its expiry or code
        for (int end = run.size(); end > 0; end--) {
            String prefix = digitsOf(run, 0, end);
            if (prefix.length() >= 13 && prefix.length() <= 19 && (cardNamed || cardShaped(run.subList(0, end)))
                    && luhn(prefix) && (cardNamed || !counts(prefix))) {
                add(findings, new Finding(run.get(0).start, run.get(end - 1).end, PiiKind.PAYMENT_CARD));
                if (end < run.size()) {
                    List<Token> rest = run.subList(end, run.size());
                    add(findings, new Finding(rest.get(0).start, rest.get(rest.size() - 1).end,
                            digitsOf(rest, 0, rest.size()).length() <= 4 ? PiiKind.CARD_CVV : PiiKind.CARD_EXPIRY));
                }
                return;
            }
        }
        Finding whole = null;
        if (cardNamed && (digits.length() == 8 || digits.length() == 9) && isracard(digits)) {
            whole = new Finding(run.get(0).start, run.get(run.size() - 1).end, PiiKind.PAYMENT_CARD);
        } else if (CVV_CONTEXT.matcher(before).find() && (digits.length() == 3 || digits.length() == 4)) {
            whole = new Finding(run.get(0).start, run.get(run.size() - 1).end, PiiKind.CARD_CVV);
        } else if (ACCOUNT_CONTEXT.matcher(before).find() && digits.length() >= 5 && digits.length() <= 13
                && !formattedAmount(text, run) && !AMOUNT_AFTER.matcher(text.substring(run.get(run.size() - 1).end))
                        .lookingAt()) {
            whole = new Finding(run.get(0).start, run.get(run.size() - 1).end, PiiKind.BANK_ACCOUNT);
        } else if (isId(text, run, digits, before)) {
            whole = new Finding(run.get(0).start, run.get(run.size() - 1).end, PiiKind.ISRAELI_ID);
        }
        if (whole != null) {
            add(findings, whole);
        }
    }

    /**
     * Nine digits with a valid check digit, not a phone number and not an amount written with
     * thousands separators; fewer (an old ID said without its leading zeros) only when named.
     */
    private static boolean isId(String text, List<Token> run, String digits, String before) {
        boolean named = ID_CONTEXT.matcher(before).find();
        if (digits.length() > 9 || digits.length() < (named ? 5 : 9) || formattedAmount(text, run)
                || written(text, run).matches("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}")) {
            return false;
        }
        if (!named && phoneLike(digits)) {
            return false;
        }
        return idCheck("0".repeat(9 - digits.length()) + digits);
    }

    /**
     * Written as cards are: one group, groups of four (the last shorter; American Express's 4-6-5),
     * or digit by digit as a caller reads them out; not any long run of numbers that happens to pass
     * Luhn's check (an ID and a phone number said one after the other).
     */
    private static boolean cardShaped(List<Token> tokens) {
        if (tokens.size() == 1 || tokens.stream().allMatch(t -> t.digits.length() == 1)) {
            return true;
        }
        List<Integer> lengths = tokens.stream().map(t -> t.digits.length()).toList();
        if (lengths.equals(List.of(4, 6, 5)) || lengths.equals(List.of(4, 6, 4))) {
            return true;
        }
        for (int i = 0; i < lengths.size() - 1; i++) {
            if (lengths.get(i) != 4) {
                return false;
            }
        }
        return lengths.get(lengths.size() - 1) <= 4;
    }

    /** Neighbouring digits that step by one, up or down (9 to 0 and back too), in at least this share of a run. */
    private static final double COUNT_STEP_SHARE = 0.9;

    /**
     * A count, not a card: a card's digits are its issuer's and its account's, a count's go up or down by one ("1, 2,
     * 3… 9, 0, 1…", what Whisper writes over hold music), and a stretch of such a loop may pass Luhn's check by
     * chance. Left as said, it is the gibberish guard's to judge; a number named as a card is one, whatever its digits.
     */
    private static boolean counts(String digits) {
        int steps = 0;
        for (int i = 1; i < digits.length(); i++) {
            int step = Math.floorMod(digits.charAt(i) - digits.charAt(i - 1), 10);
            if (step == 1 || step == 9) {
                steps++;
            }
        }
        return steps >= (digits.length() - 1) * COUNT_STEP_SHARE;
    }

    /** An amount such as {@code 2,450,000}: groups of three after a comma. */
    private static boolean formattedAmount(String text, List<Token> run) {
        return written(text, run).matches("\\d{1,3}(,\\d{3})+");
    }

    private static String written(String text, List<Token> run) {
        return text.substring(run.get(0).start, run.get(run.size() - 1).end);
    }

    /** An Israeli phone number: a mobile or VoIP {@code 05x/07x} + 7, or a landline {@code 02/03/04/08/09} + 7. */
    private static boolean phoneLike(String digits) {
        return digits.matches("0[57]\\d{8}") || digits.matches("0[23489]\\d{7}") || digits.matches("972\\d{8,9}");
    }

    /** Runs of number tokens joined only by spaces and light punctuation, outside what was already found. */
    private static List<List<Token>> runs(String text, List<Finding> found) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token token = new Token(m.start(), m.end(), digitsOf(m.group()));
            if (found.stream().anyMatch(f -> f.overlaps(token.start, token.end))) {
                continue;
            }
            String between = current.isEmpty() ? "" : text.substring(current.get(current.size() - 1).end, token.start);
            boolean joined = JOINER.matcher(between).matches()
                    && (!between.endsWith("ו") && !between.endsWith("ו-") || token.digits.length() == 1);
            if (!current.isEmpty() && !joined) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static String digitsOf(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return token;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        String word = lower.startsWith("ו") && !DIGIT_WORDS.containsKey(lower) ? lower.substring(1) : lower;
        return String.valueOf(DIGIT_WORDS.get(word));
    }

    private static String digitsOf(List<Token> run, int from, int to) {
        StringBuilder digits = new StringBuilder();
        for (int i = from; i < to; i++) {
            digits.append(run.get(i).digits);
        }
        return digits.toString();
    }

    /** The identity number's check: digits weighted 1, 2, 1, 2…, each product's digits summed, a multiple of 10. */
    static boolean idCheck(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits.chars().anyMatch(c -> c != '0') && sum % 10 == 0;
    }

    /** Isracard's 8–9 digit numbers: padded to nine, weighted 9 down to 1, a multiple of 11. */
    static boolean isracard(String digits) {
        String nine = "0".repeat(9 - digits.length()) + digits;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        return sum % 11 == 0;
    }

    /** ISO 13616: the first four characters moved to the end, letters as numbers, remainder 1 mod 97. */
    static boolean ibanValid(String written) {
        String iban = written.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!iban.matches("IL\\d{21}")) {
            return false;
        }
        String moved = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : moved.toCharArray()) {
            String value = Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c);
            for (char d : value.toCharArray()) {
                remainder = (remainder * 10 + (d - '0')) % 97;
            }
        }
        return remainder == 1;
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (findings.stream().noneMatch(f -> f.overlaps(finding.start, finding.end))) {
            findings.add(finding);
        }
    }

    private static Redaction apply(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return Redaction.none(text);
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = new StringBuilder();
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        List<Redaction.Found> found = new ArrayList<>();
        int at = 0;
        for (Finding f : findings) {
            out.append(text, at, f.start).append(f.kind.label());
            counts.merge(f.kind, 1, Integer::sum);
            found.add(new Redaction.Found(f.start, f.end, f.kind));
            at = f.end;
        }
        return new Redaction(out.append(text.substring(at)).toString(), counts, found);
    }

    private static Map<String, Character> digitWords() {
        Map<String, Character> words = new LinkedHashMap<>();
        String[][] table = {
            {"0", "אפס"}, {"1", "אחת", "אחד"}, {"2", "שתיים", "שתים", "שניים", "שנים"}, {"3", "שלוש", "שלושה"},
            {"4", "ארבע", "ארבעה"}, {"5", "חמש", "חמישה"}, {"6", "שש", "שישה"}, {"7", "שבע", "שבעה"},
            {"8", "שמונה"}, {"9", "תשע", "תשעה"},
            // the digit words of the other languages Israel's callers speak (Russian, Ukrainian, Arabic as written and
            // as spoken, English, French, Spanish, Amharic), from any grammar's numeral table
            {"0", "ноль", "нуль", "صفر", "zero", "zéro", "cero", "ዜሮ"},
            {"1", "один", "одна", "واحد", "one", "un", "une", "uno", "una", "አንድ"},
            {"2", "два", "две", "дві", "اثنين", "اثنان", "إثنين", "اتنين", "تنين", "two", "deux", "dos", "ሁለት"},
            {"3", "три", "ثلاثة", "ثلاث", "تلاتة", "تلات", "three", "trois", "tres", "ሶስት", "ሦስት"},
            {"4", "четыре", "чотири", "أربعة", "اربعة", "أربع", "اربع", "four", "quatre", "cuatro", "አራት"},
            {"5", "пять", "п'ять", "пʼять", "п’ять", "خمسة", "خمس", "five", "cinq", "cinco", "አምስት"},
            {"6", "шесть", "шість", "ستة", "ست", "سته", "six", "seis", "ስድስት"},
            {"7", "семь", "сім", "سبعة", "سبع", "seven", "sept", "siete", "ሰባት"},
            {"8", "восемь", "вісім", "ثمانية", "ثمان", "تمانية", "تمنية", "eight", "huit", "ocho", "ስምንት"},
            {"9", "девять", "дев'ять", "девʼять", "дев’ять", "تسعة", "تسع", "nine", "neuf", "nueve", "ዘጠኝ"},
        };
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                words.put(row[i], row[0].charAt(0));
            }
        }
        return Map.copyOf(words);
    }

    private record Token(int start, int end, String digits) {
    }

    private record Finding(int start, int end, PiiKind kind) {
        boolean overlaps(int from, int to) {
            return from < end && start < to;
        }
    }
}
