package io.callpipeline.crm.hostapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A host CRM's own customer, named as a CRM would name it: the same simple name as ours. */
@Entity
@Table(name = "host_customer")
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    private String fullName;

    private String phone;

    protected Customer() {
    }

    public Customer(String fullName) {
        this(fullName, null);
    }

    public Customer(String fullName, String phone) {
        this.fullName = fullName;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }
}
