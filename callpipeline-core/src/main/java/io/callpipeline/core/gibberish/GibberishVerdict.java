package io.callpipeline.core.gibberish;

import java.util.List;
import java.util.Objects;

/**
 * Whether a transcript is real speech worth a response, and if not, why: the rule that fired as a
 * machine-readable {@code reasonCode} and a short explanation an agent can read in the CRM.
 *
 * <p>A real call can still carry a stretch the transcriber invented (a "תודה שצפיתם" tail over
 * silence): its segments are listed in {@code hallucinatedSegments} so the CRM can hide them.
 *
 * @param gibberish            {@code true} when the transcript should get no AI response
 * @param reasonCode           the rule that fired, e.g. {@code empty}; {@code ok} when not gibberish
 * @param explanation          a short explanation in Hebrew; empty when not gibberish
 * @param hallucinatedSegments indexes into the transcript's segments judged invented, in order
 */
public record GibberishVerdict(boolean gibberish, String reasonCode, String explanation,
                               List<Integer> hallucinatedSegments) {

    /** The reason of a recording measured to hold no speech, so never transcribed. */
    public static final String NO_SPEECH_AUDIO = "no_speech_audio";

    /** The reason of a transcript the rules passed and the answering model judged not a real call. */
    public static final String MODEL_NOT_A_CALL = "model_not_a_call";

    public GibberishVerdict {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(explanation, "explanation");
        hallucinatedSegments = hallucinatedSegments == null ? List.of() : List.copyOf(hallucinatedSegments);
    }

    /** Real speech. */
    public static GibberishVerdict ok() {
        return new GibberishVerdict(false, "ok", "", List.of());
    }

    /** Real speech with some segments to hide. */
    public static GibberishVerdict ok(List<Integer> hallucinatedSegments) {
        return new GibberishVerdict(false, "ok", "", hallucinatedSegments);
    }

    /** A recording of {@code seconds} in which no speech was measured: nobody was paid to invent text for it. */
    public static GibberishVerdict noSpeechIn(Double seconds) {
        String length = seconds == null ? "" : " (" + Math.round(seconds) + " שניות)";
        return gibberish(NO_SPEECH_AUDIO, "בהקלטה" + length + " לא נמדד דיבור, ולכן היא לא נשלחה לתמלול");
    }

    /**
     * The answering model's second opinion: the rules passed the transcript, the model found it no
     * real call (its reason, in Hebrew, is shown to the agent).
     */
    public static GibberishVerdict notACallByModel(String reason) {
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        return gibberish(MODEL_NOT_A_CALL, "המודל שניסח את התשובה קבע שזו אינה שיחה אמיתית" + why);
    }

    /** Not real speech, for the given reason. */
    public static GibberishVerdict gibberish(String reasonCode, String explanation) {
        return new GibberishVerdict(true, reasonCode, explanation, List.of());
    }
}
