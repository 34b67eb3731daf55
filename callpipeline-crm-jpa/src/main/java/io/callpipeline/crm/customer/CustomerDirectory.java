package io.callpipeline.crm.customer;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.persistence.Queries;
import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.crm.query.ResultPage;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers: find, search, create and edit them, always through {@link PhoneNumbers} so a
 * number is stored one way only. Used by the call store (to match callers, within the call's agency)
 * and by hosts' pages, whose every read and edit takes the user's {@link AccessScope}: another
 * agency's customer is not found, exactly as one that does not exist.
 */
@Transactional
public class CustomerDirectory {

    private final EntityManager entities;
    private final UniqueInsert inserts;
    private final PhoneNumbers phones;
    private final Clock clock;
    private final List<CustomerChangeListener> listeners;

    /** @param listeners told of every edit by a person, in the edit's transaction */
    public CustomerDirectory(EntityManager entities, UniqueInsert inserts, PhoneNumbers phones, Clock clock,
            List<CustomerChangeListener> listeners) {
        this.entities = entities;
        this.inserts = inserts;
        this.phones = phones;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    public PhoneNumbers phoneNumbers() {
        return phones;
    }

    /** The customer, when it exists and the scope sees its agency. */
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id, AccessScope scope) {
        return Optional.ofNullable(entities.find(Customer.class, id)).filter(c -> scope.sees(c.getAgency()));
    }

    /**
     * The agency's customer with this number, however it is written; empty for withheld or invalid
     * numbers, and for an agency the scope does not see.
     */
    @Transactional(readOnly = true)
    public Optional<Customer> findByPhone(String agency, String raw, AccessScope scope) {
        return scope.sees(agency) ? phones.toE164(raw).flatMap(e164 -> byE164(agency, e164)) : Optional.empty();
    }

    /**
     * The agency's customer with this E.164 number, made if there is none. Two callers racing for one
     * new number get the same customer: the unique (agency, phone) pair decides, and the loser reads
     * the winner's. For the call store, not for a user's request.
     */
    public Customer findOrCreate(String agency, String e164, CustomerOrigin origin) {
        return byE164(agency, e164).orElseGet(() -> {
            inserts.insert("insert into callpipeline_customer (owner_agency, phone, origin, created_at, version)"
                    + " values (?, ?, ?, ?, 0)", agency, e164, origin.name(), Timestamp.from(clock.instant()));
            return byE164(agency, e164).orElseThrow(() -> new IllegalStateException("A new customer vanished"));
        });
    }

    /**
     * The row standing for the host's customer with this ref, once a call has been linked to it, in
     * the first agency the scope sees that has one.
     */
    @Transactional(readOnly = true)
    public Optional<Customer> findByHostRef(String ref, AccessScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        var select = entities.createQuery("select c from CallpipelineCustomer c where c.externalRef = :ref"
                + Queries.visibleTo(scope, "c.ownerAgency", parameters) + " order by c.id", Customer.class).setParameter("ref", ref);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The row standing for the host's customer in this agency, made on its first call and kept up to
     * date with the host's name and the number it was matched by. A row we made earlier for the same
     * number (a call before the host had this customer) is taken over, so its earlier calls follow.
     */
    public Customer linkToHost(String agency, HostCustomers.HostCustomer host, String e164) {
        Customer linked = byHostRef(agency, host.ref())
                .or(() -> byE164(agency, e164).filter(c -> c.getExternalRef() == null))
                .orElseGet(() -> insertForHost(agency, host, e164));
        linked.setExternalRef(host.ref());
        if (host.name() != null) {
            linked.setName(host.name());
        }
        if (!e164.equals(linked.getPhone()) && byE164(agency, e164).isEmpty()) {
            linked.setPhone(e164);
        }
        return linked;
    }

    private Customer insertForHost(String agency, HostCustomers.HostCustomer host, String e164) {
        // the number may already stand for another of the host's customers (a shared line): this one goes without
        String phone = byE164(agency, e164).isPresent() ? null : e164;
        inserts.insert("insert into callpipeline_customer (owner_agency, name, phone, origin, external_ref, created_at,"
                + " version) values (?, ?, ?, ?, ?, ?, 0)", agency, host.name(), phone, CustomerOrigin.HOST.name(),
                host.ref(), Timestamp.from(clock.instant()));
        return byHostRef(agency, host.ref()).orElseThrow(() -> new IllegalStateException(
                "The customer linked to the host's " + host.ref() + " was not stored"));
    }

    private Optional<Customer> byHostRef(String agency, String ref) {
        return entities.createQuery("select c from CallpipelineCustomer c where c.externalRef = :ref"
                        + " and c.ownerAgency = :agency", Customer.class)
                .setParameter("ref", ref).setParameter("agency", agency).getResultStream().findFirst();
    }

    /**
     * A customer of an agency the scope sees.
     *
     * @throws AgencyNotVisibleException   when no agency is given or the scope does not see it (as
     *                                     for an agency that does not exist)
     * @throws InvalidPhoneNumberException when the number is not valid
     * @throws DuplicatePhoneException     when another customer of the agency has it
     */
    public Customer create(String agency, String name, String rawPhone, AccessScope scope) {
        if (agency == null || !scope.sees(agency) || !CallOwner.isValidId(agency)) {
            throw new AgencyNotVisibleException(agency);
        }
        String phone = phones.requireE164(rawPhone);
        byE164(agency, phone).ifPresent(existing -> {
            throw new DuplicatePhoneException(phone, existing.getId());
        });
        Customer customer = new Customer(agency, blankToNull(name), phone, CustomerOrigin.MANUAL, clock.instant());
        entities.persist(customer);
        entities.flush();
        return customer;
    }

    /**
     * @throws CustomerNotFoundException   when there is no such customer, or the scope does not see it
     * @throws InvalidPhoneNumberException when the number is not valid
     * @throws DuplicatePhoneException     when another customer of its agency has it
     */
    public Customer update(long id, String name, String rawPhone, AccessScope scope) {
        Customer customer = find(id, scope).orElseThrow(() -> new CustomerNotFoundException(id));
        String phone = phones.requireE164(rawPhone);
        byE164(customer.getAgency(), phone).filter(other -> !other.getId().equals(customer.getId())).ifPresent(other -> {
            throw new DuplicatePhoneException(phone, other.getId());
        });
        customer.setName(blankToNull(name));
        customer.setPhone(phone);
        entities.flush();
        listeners.forEach(listener -> listener.customerChanged(customer));
        return customer;
    }

    /**
     * The scope's customers whose name contains the text (as typed: {@code %} and {@code _} are
     * plain characters), or whose number contains its digits (so {@code 054-123} finds
     * {@code +972541234567}); all of them for blank text. Newest first.
     */
    @Transactional(readOnly = true)
    public ResultPage<Customer> search(String text, AccessScope scope, int page, int size) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String digits = query.replaceAll("\\D", "");
        String nationalDigits = digits.startsWith("0") ? digits.substring(1) : digits;
        Map<String, Object> parameters = new HashMap<>();
        String where = " where 1 = 1" + Queries.visibleTo(scope, "c.ownerAgency", parameters);
        if (!query.isEmpty()) {
            where += " and (lower(c.name) like :name escape '\\'"
                    + (nationalDigits.length() >= 3 ? " or c.phone like :digits" : "") + ")";
            parameters.put("name", "%" + Queries.likeLiteral(query) + "%");
            if (nationalDigits.length() >= 3) {
                parameters.put("digits", "%" + nationalDigits + "%");
            }
        }
        var select = entities.createQuery("select c from CallpipelineCustomer c" + where
                + " order by c.createdAt desc, c.id desc", Customer.class);
        var count = entities.createQuery("select count(c) from CallpipelineCustomer c" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Customer> items = select.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }

    private Optional<Customer> byE164(String agency, String e164) {
        return entities.createQuery("select c from CallpipelineCustomer c where c.phone = :phone"
                        + " and c.ownerAgency = :agency", Customer.class)
                .setParameter("phone", e164).setParameter("agency", agency).getResultStream().findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
