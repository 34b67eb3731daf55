package com.example.hostcrm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The host's own customer, named as any CRM names it. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** In E.164, as the host's own forms store it; unique within the agency. */
    @Column(nullable = false)
    private String mobile;

    /** The agency whose customer this is. */
    @Column(nullable = false)
    private String agency;

    private String notes;

    protected Customer() {
    }

    public Customer(String agency, String fullName, String mobile) {
        this.agency = agency;
        this.fullName = fullName;
        this.mobile = mobile;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getAgency() {
        return agency;
    }

    public String getNotes() {
        return notes;
    }
}
