package io.callpipeline.crm.customer;

import io.callpipeline.crm.persistence.UniqueInsert;
import io.callpipeline.crm.query.ResultPage;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers: find, search, create and edit them, always through {@link PhoneNumbers} so a
 * number is stored one way only. Used by the call store (to match callers) and by hosts' pages.
 */
@Transactional
public class CustomerDirectory {

    private final EntityManager entities;
    private final UniqueInsert inserts;
    private final PhoneNumbers phones;
    private final Clock clock;

    public CustomerDirectory(EntityManager entities, UniqueInsert inserts, PhoneNumbers phones, Clock clock) {
        this.entities = entities;
        this.inserts = inserts;
        this.phones = phones;
        this.clock = clock;
    }

    public PhoneNumbers phoneNumbers() {
        return phones;
    }

    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(entities.find(Customer.class, id));
    }

    /** The customer with this number, however it is written; empty for withheld or invalid numbers. */
    @Transactional(readOnly = true)
    public Optional<Customer> findByPhone(String raw) {
        return phones.toE164(raw).flatMap(this::byE164);
    }

    /**
     * The customer with this E.164 number, made if there is none. Two callers racing for one new
     * number get the same customer: the unique phone column decides, and the loser reads the winner's.
     */
    public Customer findOrCreate(String e164, CustomerOrigin origin) {
        return byE164(e164).orElseGet(() -> {
            inserts.insert("insert into callpipeline_customer (phone, origin, created_at, version) values (?, ?, ?, 0)",
                    e164, origin.name(), Timestamp.from(clock.instant()));
            return byE164(e164).orElseThrow(() -> new IllegalStateException("Customer " + e164 + " vanished"));
        });
    }

    /** The row standing for the host's customer with this ref, once a call has been linked to it. */
    @Transactional(readOnly = true)
    public Optional<Customer> findByHostRef(String ref) {
        return entities.createQuery("select c from CallpipelineCustomer c where c.externalRef = :ref", Customer.class)
                .setParameter("ref", ref).getResultStream().findFirst();
    }

    /**
     * The row standing for the host's customer, made on its first call and kept up to date with the
     * host's name and the number it was matched by. A row we made earlier for the same number (a
     * call before the host had this customer) is taken over, so its earlier calls follow.
     */
    public Customer linkToHost(HostCustomers.HostCustomer host, String e164) {
        Customer linked = findByHostRef(host.ref()).or(() -> byE164(e164).filter(c -> c.getExternalRef() == null))
                .orElseGet(() -> insertForHost(host, e164));
        linked.setExternalRef(host.ref());
        if (host.name() != null) {
            linked.setName(host.name());
        }
        if (!e164.equals(linked.getPhone()) && byE164(e164).isEmpty()) {
            linked.setPhone(e164);
        }
        return linked;
    }

    private Customer insertForHost(HostCustomers.HostCustomer host, String e164) {
        // the number may already stand for another of the host's customers (a shared line): this one goes without
        String phone = byE164(e164).isPresent() ? null : e164;
        inserts.insert("insert into callpipeline_customer (name, phone, origin, external_ref, created_at, version)"
                + " values (?, ?, ?, ?, ?, 0)", host.name(), phone, CustomerOrigin.HOST.name(), host.ref(),
                Timestamp.from(clock.instant()));
        return findByHostRef(host.ref()).orElseThrow(() -> new IllegalStateException(
                "The customer linked to the host's " + host.ref() + " was not stored"));
    }

    /**
     * @throws InvalidPhoneNumberException when the number is not valid
     * @throws DuplicatePhoneException     when another customer has it
     */
    public Customer create(String name, String rawPhone) {
        String phone = phones.requireE164(rawPhone);
        byE164(phone).ifPresent(existing -> {
            throw new DuplicatePhoneException(phone, existing.getId());
        });
        Customer customer = new Customer(blankToNull(name), phone, CustomerOrigin.MANUAL, clock.instant());
        entities.persist(customer);
        entities.flush();
        return customer;
    }

    /**
     * @throws CustomerNotFoundException   when there is no such customer
     * @throws InvalidPhoneNumberException when the number is not valid
     * @throws DuplicatePhoneException     when another customer has it
     */
    public Customer update(long id, String name, String rawPhone) {
        Customer customer = find(id).orElseThrow(() -> new CustomerNotFoundException(id));
        String phone = phones.requireE164(rawPhone);
        byE164(phone).filter(other -> !other.getId().equals(customer.getId())).ifPresent(other -> {
            throw new DuplicatePhoneException(phone, other.getId());
        });
        customer.setName(blankToNull(name));
        customer.setPhone(phone);
        entities.flush();
        return customer;
    }

    /**
     * Customers whose name contains the text, or whose number contains its digits (so
     * {@code 054-123} finds {@code +972541234567}); all customers for blank text. Newest first.
     */
    @Transactional(readOnly = true)
    public ResultPage<Customer> search(String text, int page, int size) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String digits = query.replaceAll("\\D", "");
        String nationalDigits = digits.startsWith("0") ? digits.substring(1) : digits;
        String where = query.isEmpty() ? "" : " where lower(c.name) like :name"
                + (nationalDigits.length() >= 3 ? " or c.phone like :digits" : "");
        var select = entities.createQuery("select c from CallpipelineCustomer c" + where
                + " order by c.createdAt desc, c.id desc",
                Customer.class);
        var count = entities.createQuery("select count(c) from CallpipelineCustomer c" + where, Long.class);
        if (!query.isEmpty()) {
            select.setParameter("name", "%" + query + "%");
            count.setParameter("name", "%" + query + "%");
            if (nationalDigits.length() >= 3) {
                select.setParameter("digits", "%" + nationalDigits + "%");
                count.setParameter("digits", "%" + nationalDigits + "%");
            }
        }
        List<Customer> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }

    private Optional<Customer> byE164(String e164) {
        return entities.createQuery("select c from CallpipelineCustomer c where c.phone = :phone", Customer.class)
                .setParameter("phone", e164).getResultStream().findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
