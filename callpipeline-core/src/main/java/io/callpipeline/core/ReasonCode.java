package io.callpipeline.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one catalogue of why processing stopped. Adapters throw with these, the retry loop decides by
 * them, stores keep {@link #code()}, metrics tag with it and the CRM shows {@link #label()}: a code
 * can therefore never carry caller-supplied text, and a code without a label for the agent cannot
 * exist. The raw detail (a provider's status, an HTTP code) belongs in the failure's message.
 */
public enum ReasonCode {

    // the callback
    MISSING_PARAMETER(Kind.PERMANENT, "חסר פרט בהודעה של טוויליו"),
    MALFORMED_PARAMETER(Kind.PERMANENT, "פרט שגוי בהודעה של טוויליו"),

    // the recording itself
    RECORDING_NOT_FOUND(Kind.PERMANENT, "ההקלטה לא נמצאה בטוויליו"),
    CALL_NOT_FOUND(Kind.PERMANENT, "השיחה לא נמצאה בטוויליו"),
    RECORDING_NOT_READY(Kind.TRANSIENT, "ההקלטה עדיין בעיבוד אצל טוויליו"),
    RECORDING_NOT_COMPLETED(Kind.PERMANENT, "ההקלטה לא הושלמה בטוויליו"),
    RECORDING_ABSENT(Kind.PERMANENT, "טוויליו לא שמרה את ההקלטה (קצרה או שקטה מדי)"),
    RECORDING_FAILED(Kind.PERMANENT, "ההקלטה נכשלה אצל טוויליו"),
    RECORDING_CALL_MISMATCH(Kind.PERMANENT, "ההקלטה אינה שייכת לשיחה הזו"),
    RECORDING_ACCOUNT_MISMATCH(Kind.PERMANENT, "ההקלטה שייכת לחשבון אחר"),

    // Twilio
    TWILIO_UNAUTHORIZED(Kind.PERMANENT, "טוויליו דחתה את פרטי הגישה"),
    TWILIO_UNAVAILABLE(Kind.TRANSIENT, "טוויליו אינה זמינה כרגע"),
    TWILIO_UNREACHABLE(Kind.TRANSIENT, "אין חיבור לטוויליו"),
    TWILIO_BAD_ANSWER(Kind.TRANSIENT, "טוויליו החזירה תשובה לא תקינה"),
    TWILIO_REJECTED(Kind.PERMANENT, "טוויליו דחתה את הבקשה"),
    TWILIO_MEDIA_NOT_READY(Kind.TRANSIENT, "קובץ ההקלטה עדיין לא זמין בטוויליו"),
    TWILIO_MEDIA_UNREACHABLE(Kind.TRANSIENT, "אין חיבור לטוויליו להורדת ההקלטה"),
    TWILIO_MEDIA_TIMEOUT(Kind.TRANSIENT, "הורדת ההקלטה ארכה יותר מדי"),
    TWILIO_MEDIA_INTERRUPTED(Kind.TRANSIENT, "הורדת ההקלטה נקטעה"),
    TWILIO_MEDIA_BAD_RANGE(Kind.TRANSIENT, "טוויליו החזירה קטע שגוי מההקלטה"),
    TWILIO_MEDIA_REJECTED(Kind.PERMANENT, "טוויליו סירבה למסור את קובץ ההקלטה"),
    TWILIO_MEDIA_BAD_REDIRECT(Kind.PERMANENT, "טוויליו הפנתה לכתובת לא תקינה"),
    TWILIO_MEDIA_REDIRECT_LOOP(Kind.PERMANENT, "טוויליו הפנתה שוב ושוב"),
    RANGE_NOT_SATISFIABLE(Kind.PERMANENT, "הקטע המבוקש מעבר לסוף ההקלטה"),

    // the audio
    AUDIO_EMPTY(Kind.PERMANENT, "ההקלטה ריקה"),
    AUDIO_UNREADABLE(Kind.PERMANENT, "קובץ ההקלטה אינו שמע תקין"),
    AUDIO_TOO_LARGE(Kind.PERMANENT, "ההקלטה גדולה מדי"),
    AUDIO_UNSPLITTABLE(Kind.PERMANENT, "לא ניתן לחלק את ההקלטה לחלקים"),
    AUDIO_SPLIT_IO(Kind.TRANSIENT, "חלוקת ההקלטה לחלקים נכשלה"),
    AUDIO_UNAVAILABLE(Kind.PERMANENT, "אין דרך להשמיע את ההקלטה"),
    ARCHIVE_UNAVAILABLE(Kind.TRANSIENT, "שמירת ההקלטה בארכיון נכשלה"),

    // OpenAI
    OPENAI_UNAUTHORIZED(Kind.PERMANENT, "מפתח ה-API של OpenAI נדחה"),
    OPENAI_INSUFFICIENT_QUOTA(Kind.PERMANENT, "נגמרה המכסה ב-OpenAI"),
    OPENAI_RATE_LIMITED(Kind.TRANSIENT, "OpenAI הגבילה את קצב הבקשות"),
    OPENAI_UNAVAILABLE(Kind.TRANSIENT, "OpenAI אינה זמינה כרגע"),
    OPENAI_UNREACHABLE(Kind.TRANSIENT, "אין חיבור ל-OpenAI"),
    OPENAI_INVALID_ANSWER(Kind.TRANSIENT, "OpenAI החזירה תשובה לא קריאה"),
    OPENAI_BAD_REQUEST(Kind.PERMANENT, "OpenAI דחתה את הבקשה כשגויה"),
    OPENAI_REJECTED(Kind.PERMANENT, "OpenAI סירבה לבקשה"),

    // any other speech or chat provider (through callpipeline-spring-ai or a host's adapter): the provider is
    // named in the message, since one code serves them all
    PROVIDER_UNAUTHORIZED(Kind.PERMANENT, "ספק המודל דחה את פרטי הגישה"),
    PROVIDER_QUOTA_EXHAUSTED(Kind.PERMANENT, "נגמרה המכסה אצל ספק המודל"),
    PROVIDER_RATE_LIMITED(Kind.TRANSIENT, "ספק המודל הגביל את קצב הבקשות"),
    PROVIDER_UNAVAILABLE(Kind.TRANSIENT, "ספק המודל אינו זמין כרגע"),
    PROVIDER_UNREACHABLE(Kind.TRANSIENT, "אין חיבור לספק המודל"),
    PROVIDER_BAD_REQUEST(Kind.PERMANENT, "ספק המודל דחה את הבקשה כשגויה"),
    PROVIDER_REJECTED(Kind.PERMANENT, "ספק המודל סירב לבקשה"),

    // the model's answer
    RESPONSE_REFUSED(Kind.PERMANENT, "המודל סירב לענות"),
    RESPONSE_TRUNCATED(Kind.PERMANENT, "תשובת המודל נקטעה"),
    RESPONSE_FILTERED(Kind.PERMANENT, "מסנן התוכן עצר את התשובה"),
    RESPONSE_MALFORMED(Kind.PERMANENT, "תשובת המודל אינה במבנה הנדרש"),

    // our side
    STORE_UNAVAILABLE(Kind.TRANSIENT, "מסד הנתונים אינו זמין"),
    WORK_DIRECTORY_UNAVAILABLE(Kind.TRANSIENT, "אין מקום זמני לשמירת ההקלטה"),
    INTERRUPTED(Kind.TRANSIENT, "העיבוד הופסק באמצע"),
    UNEXPECTED_ERROR(Kind.TRANSIENT, "שגיאה לא צפויה"),
    RETRIES_EXHAUSTED(Kind.FINAL, "כל הניסיונות החוזרים נכשלו");

    /** Whether trying again can help, as the code's own nature (not a guess per occurrence). */
    public enum Kind {
        /** May pass by itself: retried with backoff. */
        TRANSIENT,
        /** Will not pass by retrying the same input. */
        PERMANENT,
        /** Not thrown by a step: written when the retry loop stops trying. */
        FINAL
    }

    private static final Map<String, ReasonCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ReasonCode::code, Function.identity()));

    private final Kind kind;
    private final String label;
    private final String code;

    ReasonCode(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** The stable machine-readable form kept in stores, JSON and metrics, e.g. {@code openai_rate_limited}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The Hebrew words an agent reads for it. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether another attempt may succeed. */
    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** The code named by a stored string, if it is in the catalogue. */
    public static Optional<ReasonCode> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /**
     * The reason a store or a JSON record kept by its code; a code an older version wrote and this
     * one retired reads as {@link #UNEXPECTED_ERROR}, so an old record still reads.
     */
    @JsonCreator
    public static ReasonCode stored(String code) {
        return of(code).orElse(UNEXPECTED_ERROR);
    }

    @Override
    public String toString() {
        return code;
    }
}
