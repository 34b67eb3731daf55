package io.callpipeline.core.response;

import io.callpipeline.core.language.LanguageNames;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.transcription.Speaker;
import io.callpipeline.core.transcription.Transcript;
import io.callpipeline.core.transcription.TranscriptSegment;

/**
 * The user message every responder sends about a call, whichever provider reads it: the call's details,
 * the caller's history within a token budget, the caller's language when it is not Hebrew, and the
 * transcript (by speaker when both sides were recorded). One text for every provider, so a host that
 * changes provider changes nothing the model is told.
 */
public final class CallPrompt {

    /** The shipped Hebrew instructions for a real-estate agent's assistant, every responder's default. */
    public static final String DEFAULT_SYSTEM_PROMPT = load("system-prompt-he.txt");

    /** The caller's history the prompt carries at most, in estimated tokens. */
    public static final int DEFAULT_HISTORY_TOKEN_BUDGET = 1500;

    private CallPrompt() {
    }

    private static String load(String name) {
        try (java.io.InputStream in = CallPrompt.class.getResourceAsStream(name)) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What every responder's builder checks of the prompt it will send, so each fails the same way at build
     * rather than at the first call.
     *
     * @param responder the responder's name, for the message
     * @throws IllegalStateException naming what is missing or out of range
     */
    public static void checkSettings(String responder, String systemPrompt,
            io.callpipeline.core.extraction.ExtractionSchema<?> extraction, int historyTokenBudget) {
        if (systemPrompt == null || systemPrompt.isBlank()) {
            throw new IllegalStateException(responder + " needs a system prompt");
        }
        if (extraction == null) {
            throw new IllegalStateException(responder
                    + " needs an extraction schema (ExtractionSchema.REAL_ESTATE by default)");
        }
        if (historyTokenBudget < 0) {
            throw new IllegalStateException("historyTokenBudget must be 0 or more, got " + historyTokenBudget);
        }
    }

    /**
     * The tokens {@code text} is estimated to cost, as the history's budget counts them (half a token a
     * character, which errs towards sending less Hebrew than a provider's tokenizer would allow).
     */
    public static int estimatedTokens(CharSequence text) {
        return HistorySection.tokens(text);
    }

    /**
     * @param historyTokenBudget how many tokens (estimated) of the caller's history the message may carry;
     *                           {@code 0} for none
     */
    public static String userMessage(ResponseRequest request, int historyTokenBudget) {
        StringBuilder message = new StringBuilder();
        CallDetails call = request.call();
        if (call != null) {
            message.append("פרטי השיחה: ממספר ").append(call.from());
            if (call.direction() != null) {
                message.append(", שיחה ").append(call.direction().hebrew());
            }
            if (call.startTime() != null) {
                message.append(", התחילה ב-").append(call.startTime());
            }
            message.append("\n\n");
        }
        message.append(HistorySection.of(request.history(), historyTokenBudget));
        String language = request.transcript().language();
        if (language != null && !"he".equals(language)) {
            LanguageNames.inHebrew(language).ifPresent(name -> message.append("שפת המתקשר: ").append(name)
                    .append(" (").append(language).append("). כתוב את suggested_reply בשפה זו.\n\n"));
        }
        Transcript transcript = request.transcript();
        if (!transcript.dialogue()) {
            return message.append("תמלול השיחה:\n").append(transcript.text()).toString();
        }
        message.append("תמלול השיחה, לפי הדובר (המתקשר והסוכן שענה):");
        Speaker last = null;
        for (TranscriptSegment segment : transcript.segments()) {
            if (segment.speaker() != last) {
                last = segment.speaker();
                message.append('\n').append(last == Speaker.AGENT ? "סוכן:" : "מתקשר:");
            }
            message.append(' ').append(segment.text().strip());
        }
        return message.toString();
    }
}
