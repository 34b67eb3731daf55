package com.example.hostcrm;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The host's customers, as Spring Data gives them. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByAgencyAndMobile(String agency, String mobile);

    List<Customer> findByAgencyOrderById(String agency);
}
