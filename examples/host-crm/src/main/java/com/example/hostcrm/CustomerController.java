package com.example.hostcrm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The host's customer pages; the customer page carries the recorded-calls tab. */
@Controller
public class CustomerController {

    private final CustomerRepository customers;

    public CustomerController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping({"/", "/customers"})
    public String list(Model model) {
        model.addAttribute("customers", customers.findAll());
        return "customers";
    }

    @GetMapping("/customers/{id}")
    public String customer(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "customer";
    }

    @PostMapping("/customers")
    public String create(@RequestParam String fullName, @RequestParam String mobile) {
        return "redirect:/customers/" + customers.save(new Customer(fullName, mobile)).getId();
    }
}
