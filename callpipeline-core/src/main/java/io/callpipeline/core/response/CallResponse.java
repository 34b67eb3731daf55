package io.callpipeline.core.response;

import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.nextstep.DueDates;
import io.callpipeline.core.nextstep.NextStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The LLM's answer to a call, in Hebrew: what the agent reads on the customer's page and may send
 * back. Every field is filled or the whole response is an error; there is no half response.
 *
 * @param summary         what the caller wanted, in a sentence or two
 * @param suggestedReply  what the agent could answer
 * @param intent          a short label such as "קנייה", "השכרה", "טעות במספר"
 * @param extracted       the fields of the host's extraction schema the caller mentioned (by default a
 *                        real-estate lead's budget, rooms, area, property type and timeframe)
 * @param followUpNeeded  whether the agent should call back
 * @param model           the model that answered
 * @param realCall        the model's second opinion, given in the same answer at no extra request:
 *                        whether the transcript is a real phone call rather than text the transcriber
 *                        invented; {@code false} ends the call as gibberish and offers no reply
 * @param notACallReason  why not, in Hebrew, when {@code realCall} is {@code false}
 * @param nextSteps       what the agent should do next, each dated once the pipeline resolved it against
 *                        the call's day; empty when the model proposed none (or answered before it was asked)
 * @param leadScore       how warm the lead is, or {@code null} when the model did not say
 */
public record CallResponse(
        String summary,
        String suggestedReply,
        String intent,
        ExtractedFields extracted,
        boolean followUpNeeded,
        String model,
        boolean realCall,
        String notACallReason,
        List<NextStep> nextSteps,
        LeadScore leadScore) {

    /** What a response without extracted fields carries: a schema of none. */
    public static final ExtractedFields NOTHING_EXTRACTED = new ExtractedFields("none", List.of());

    public CallResponse {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(suggestedReply, "suggestedReply");
        Objects.requireNonNull(intent, "intent");
        extracted = extracted == null ? NOTHING_EXTRACTED : extracted;
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }

    /** An answer without next steps or a lead score. */
    public CallResponse(String summary, String suggestedReply, String intent, ExtractedFields extracted,
            boolean followUpNeeded, String model, boolean realCall, String notACallReason) {
        this(summary, suggestedReply, intent, extracted, followUpNeeded, model, realCall, notACallReason, List.of(),
                null);
    }

    /**
     * The same answer with each of its texts passed through {@code text} (the summary, the reply, the
     * intent, the reason it is no call, every extracted value, every next step and the score's reason): how
     * the pipeline takes personal numbers out of what a model that read them wrote back.
     */
    public CallResponse withTexts(UnaryOperator<String> text) {
        return new CallResponse(text.apply(summary), text.apply(suggestedReply), text.apply(intent),
                extracted.withValues(text), followUpNeeded, model, realCall,
                notACallReason == null ? null : text.apply(notACallReason),
                nextSteps.stream().map(step -> step.withTexts(text)).toList(),
                leadScore == null ? null : new LeadScore(leadScore.score(), text.apply(leadScore.reason())));
    }

    /** The same answer with each next step dated from the call's day in Israel. */
    public CallResponse withStepsDatedFrom(LocalDate callDay, DueDates dates) {
        return new CallResponse(summary, suggestedReply, intent, extracted, followUpNeeded, model, realCall,
                notACallReason, nextSteps.stream().map(step -> step.resolvedOn(callDay, dates)).toList(), leadScore);
    }

    /** An answer to a real call. */
    public CallResponse(String summary, String suggestedReply, String intent, ExtractedFields extracted,
            boolean followUpNeeded, String model) {
        this(summary, suggestedReply, intent, extracted, followUpNeeded, model, true, null);
    }
}
