package com.example.hostcrm;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The host's customer pages, each agent's agency's only; the customer page carries the recorded-calls tab. */
@Controller
public class CustomerController {

    private final CustomerRepository customers;

    public CustomerController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping({"/", "/customers"})
    public String list(Authentication user, Model model) {
        model.addAttribute("customers", customers.findByAgencyOrderById(SecurityConfig.agencyOf(user)));
        return "customers";
    }

    @GetMapping("/customers/{id}")
    public String customer(@PathVariable long id, Authentication user, Model model) {
        model.addAttribute("customer", customers.findById(id)
                .filter(customer -> customer.getAgency().equals(SecurityConfig.agencyOf(user)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "customer";
    }

    @PostMapping("/customers")
    public String create(@RequestParam String fullName, @RequestParam String mobile, Authentication user) {
        return "redirect:/customers/" + customers.save(new Customer(SecurityConfig.agencyOf(user), fullName, mobile))
                .getId();
    }
}
