package io.callpipeline.crm.customer;

/**
 * Told, within the same transaction, when a person changed a customer's name or number, so what
 * depends on them follows at once: the calls' search text holds both, and a renamed customer must
 * be found by the new name before their next call, not after it.
 */
@FunctionalInterface
public interface CustomerChangeListener {

    void customerChanged(Customer customer);
}
