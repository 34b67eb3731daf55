package io.callpipeline.crm.customer;

import io.callpipeline.core.owner.CallOwner;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person an agency deals with, known by one phone number in E.164 (unique within the agency, so a
 * caller always lands on the same page of that agency, and a caller of two agencies is a customer
 * of each, neither seeing the other's). Customers are made by people, or by a call from an unknown number.
 */
@Entity(name = "CallpipelineCustomer")
@Table(name = "callpipeline_customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 200)
    private String name;

    @Column(length = 20)
    private String phone;

    @Column(name = "owner_agency", length = CallOwner.MAX_ID_LENGTH, nullable = false)
    private String ownerAgency = CallOwner.UNROUTED_AGENCY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CustomerOrigin origin;

    @Column(name = "external_ref", length = 100)
    private String externalRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = ConfirmedFieldsJson.class)
    @Column(name = "confirmed_fields", insertable = false, updatable = false)
    private List<ConfirmedField> confirmedFields = new ArrayList<>();

    @Version
    private long version;

    protected Customer() {
    }

    /**
     * @param agency the owning agency's id
     * @param phone already in E.164 (see {@link PhoneNumbers}), or {@code null}
     */
    public Customer(String agency, String name, String phone, CustomerOrigin origin, Instant createdAt) {
        this.ownerAgency = CallOwner.agency(agency).agency();
        this.name = name;
        this.phone = phone;
        this.origin = origin;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The agency whose customer this is: only its users (and admins) see it. */
    public String getAgency() {
        return ownerAgency;
    }

    /** The name, or {@code null} for a caller nobody has named yet. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The phone number in E.164, e.g. {@code +972541234567}. */
    public String getPhone() {
        return phone;
    }

    /** @param phone already in E.164 (see {@link PhoneNumbers}) */
    public void setPhone(String phone) {
        this.phone = phone;
    }

    public CustomerOrigin getOrigin() {
        return origin;
    }

    /** The host's own key for this customer, when the host keeps customers in a table of its own. */
    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    /** The details agents confirmed from this customer's calls, one per field, in the order first confirmed. */
    public List<ConfirmedField> getConfirmedFields() {
        return List.copyOf(confirmedFields);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** What to call the customer on a page: the name, or the number when there is none. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : phone;
    }
}
