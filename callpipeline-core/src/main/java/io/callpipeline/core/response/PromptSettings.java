package io.callpipeline.core.response;

import io.callpipeline.core.extraction.ExtractionSchema;

/**
 * What every responder's builder takes about the prompt, once: the instructions, the host's extraction
 * schema and the history's token budget, with the same defaults and the same checks
 * ({@link CallPrompt#checkSettings}), so a host that changes provider sets them the same way.
 *
 * @param <B> the builder itself, so the setters chain
 */
public abstract class PromptSettings<B extends PromptSettings<B>> {

    private String systemPrompt = CallPrompt.DEFAULT_SYSTEM_PROMPT;
    private ExtractionSchema<?> extraction = ExtractionSchema.REAL_ESTATE;
    private int historyTokenBudget = CallPrompt.DEFAULT_HISTORY_TOKEN_BUDGET;

    protected PromptSettings() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Defaults to {@link CallPrompt#DEFAULT_SYSTEM_PROMPT}, the shipped Hebrew instructions. */
    public B systemPrompt(String systemPrompt) {
        this.systemPrompt = systemPrompt;
        return self();
    }

    /** What to extract from each call: the host's record. Defaults to {@link ExtractionSchema#REAL_ESTATE}. */
    public B extraction(ExtractionSchema<?> extraction) {
        this.extraction = extraction;
        return self();
    }

    /**
     * How many tokens (estimated) of the caller's history the prompt may carry; defaults to
     * {@value CallPrompt#DEFAULT_HISTORY_TOKEN_BUDGET}, {@code 0} for none.
     */
    public B historyTokenBudget(int historyTokenBudget) {
        this.historyTokenBudget = historyTokenBudget;
        return self();
    }

    /** The instructions set. */
    public String systemPrompt() {
        return systemPrompt;
    }

    /** The extraction schema set. */
    public ExtractionSchema<?> extraction() {
        return extraction;
    }

    /** The history's budget set. */
    public int historyTokenBudget() {
        return historyTokenBudget;
    }

    /**
     * @param responder the responder's name, for the message
     * @throws IllegalStateException naming what is missing or out of range
     */
    protected void checkPrompt(String responder) {
        CallPrompt.checkSettings(responder, systemPrompt, extraction, historyTokenBudget);
    }
}
