package io.callpipeline.crm.followup;

import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.privacy.PiiRedactor;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.call.FieldDecisionsJson;
import io.callpipeline.crm.customer.ConfirmedField;
import io.callpipeline.crm.customer.ConfirmedFieldsJson;
import io.callpipeline.crm.customer.Customer;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent confirms before the CRM changes: a field the model extracted is only a proposal until an
 * agent accepts it, edits it or rejects it. Each decision is kept on the call (who, when, what was
 * proposed and what was confirmed), an accepted or edited value is written to the call's customer, and
 * {@link CallFieldDecided} tells the host, whose customers may be its own. Decisions and the customer's
 * details are appended under a row lock, in one transaction, so two agents deciding at once both count
 * and a save of the call or the customer in between overwrites neither.
 */
public class FieldConfirmation {

    /** The longest value an agent may type: a field, not a note. */
    public static final int MAX_VALUE_LENGTH = 500;

    private final EntityManager entities;
    private final CallHistory calls;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PiiRedactor redactor;

    /**
     * @param entities a shared, transaction-bound entity manager: the call and its customer are read
     *                 through it and refreshed once the decision is written, so a request that shows the
     *                 call afterwards (in the same persistence context) shows the decision
     * @param redactor what an agent types is kept as a transcript is: personal numbers taken out
     */
    public FieldConfirmation(EntityManager entities, JdbcTemplate jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, PiiRedactor redactor) {
        this.entities = entities;
        this.redactor = redactor;
        this.calls = new CallHistory(entities);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param edited the agent's value, for {@link FieldDecision.Kind#EDITED} only
     * @param actor  who decides, as the access log names users
     * @throws CallNotFoundException          for an unknown call, or one the scope does not see
     * @throws InvalidFieldDecisionException  when the decision does not fit the call's answer
     */
    public CallFieldDecided decide(long callId, String field, FieldDecision.Kind kind, String edited, AccessScope scope,
            String actor) {
        return transactions.execute(status -> {
            CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
            if (call.getTranscript() == null || call.getTranscript().getSummary() == null) {
                throw new InvalidFieldDecisionException("Call " + callId + " has no answer yet: there is nothing to confirm");
            }
            ExtractedField proposed = call.getTranscript().getExtractedFields().stream()
                    .filter(f -> f.name().equals(field)).findFirst()
                    .orElseThrow(() -> new InvalidFieldDecisionException("The answer of call " + callId
                            + " has no field '" + shown(field) + "'"));
            String value = valueOf(kind, proposed, edited == null ? null : redactor.redact(edited).text());
            FieldDecision decision = new FieldDecision(field, proposed.label(), proposed.value(), kind, value, actor,
                    clock.instant().toString());
            List<FieldDecision> decisions = new ArrayList<>(FieldDecisionsJson.read(jdbc.queryForObject(
                    "select field_decisions from callpipeline_call_transcript where call_log_id = ? for update",
                    String.class, callId)));
            decisions.add(decision);
            jdbc.update("update callpipeline_call_transcript set field_decisions = ? where call_log_id = ?",
                    FieldDecisionsJson.write(decisions), callId);
            entities.refresh(call.getTranscript());
            Customer customer = call.getCustomer();
            if (customer != null && kind != FieldDecision.Kind.REJECTED) {
                confirmOn(customer.getId(), new ConfirmedField(field, proposed.label(), value, callId, actor,
                        decision.decidedAt()));
                entities.refresh(customer);
            }
            CallFieldDecided decided = new CallFieldDecided(callId, call.getOwner().agency(),
                    customer == null ? null : customer.getId(), customer == null ? null : customer.getExternalRef(),
                    decision);
            events.publishEvent(decided);
            return decided;
        });
    }

    private static String valueOf(FieldDecision.Kind kind, ExtractedField proposed, String edited) {
        return switch (kind) {
            case ACCEPTED -> {
                if (proposed.value() == null) {
                    throw new InvalidFieldDecisionException("Nothing was said for '" + proposed.name()
                            + "': edit it to give a value");
                }
                yield proposed.value();
            }
            case EDITED -> {
                String value = edited == null ? "" : edited.strip();
                if (value.isEmpty()) {
                    throw new InvalidFieldDecisionException("An edit needs a value");
                }
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new InvalidFieldDecisionException("A value is at most " + MAX_VALUE_LENGTH
                            + " characters, got " + value.length());
                }
                yield value;
            }
            case REJECTED -> null;
        };
    }

    /** The customer's detail for the field, replaced (or added at the end), under the customer row's lock. */
    private void confirmOn(long customerId, ConfirmedField confirmed) {
        List<ConfirmedField> fields = new ArrayList<>(ConfirmedFieldsJson.read(jdbc.queryForObject(
                "select confirmed_fields from callpipeline_customer where id = ? for update", String.class, customerId)));
        int at = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(confirmed.name())) {
                at = i;
            }
        }
        if (at >= 0) {
            fields.set(at, confirmed);
        } else {
            fields.add(confirmed);
        }
        jdbc.update("update callpipeline_customer set confirmed_fields = ? where id = ?",
                ConfirmedFieldsJson.write(fields), customerId);
    }

    private static String shown(String field) {
        String cut = field.length() > 64 ? field.substring(0, 64) + "…" : field;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
