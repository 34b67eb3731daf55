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

    protected Customer() {
    }

    public Customer(String fullName) {
        this.fullName = fullName;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }
}
