package io.callpipeline.demo.customers;

import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.customer.DuplicatePhoneException;
import io.callpipeline.crm.customer.InvalidPhoneNumberException;
import io.callpipeline.crm.query.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customers: a list searchable by name or phone, a customer's page with its tabs (details, and
 * the CRM extension's "שיחות מוקלטות"), and the add/edit form.
 */
@Controller
public class CustomersController {

    private static final int PAGE_SIZE = 20;

    private final CustomerDirectory customers;
    private final CallHistory calls;

    public CustomersController(CustomerDirectory customers, CallHistory calls) {
        this.customers = customers;
        this.calls = calls;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/customers";
    }

    @GetMapping("/customers")
    public String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ResultPage<Customer> found = customers.search(q, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("customers", found);
        return "customers";
    }

    @GetMapping("/customers/{id}")
    public String show(@PathVariable long id, @RequestParam(defaultValue = "details") String tab, Model model) {
        Customer customer = customers.find(id).orElseThrow(() -> notFound(id));
        model.addAttribute("customer", customer);
        model.addAttribute("tab", "calls".equals(tab) ? "calls" : "details");
        model.addAttribute("callCount", calls.ofCustomer(id, 0, 1).total());
        return "customer";
    }

    @GetMapping("/customers/new")
    public String newCustomer(Model model) {
        model.addAttribute("form", new CustomerForm(null, "", ""));
        return "customer-form";
    }

    @PostMapping("/customers")
    public String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone,
            Model model, RedirectAttributes flash) {
        try {
            Customer created = customers.create(name, phone);
            flash.addFlashAttribute("message", "הלקוח נוסף");
            return "redirect:/customers/" + created.getId();
        } catch (InvalidPhoneNumberException | DuplicatePhoneException e) {
            return formWithError(new CustomerForm(null, name, phone), e, model);
        }
    }

    @GetMapping("/customers/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        Customer customer = customers.find(id).orElseThrow(() -> notFound(id));
        model.addAttribute("form", new CustomerForm(id, customer.getName() == null ? "" : customer.getName(),
                customer.getPhone() == null ? "" : customer.getPhone()));
        return "customer-form";
    }

    @PostMapping("/customers/{id}")
    public String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, Model model, RedirectAttributes flash) {
        customers.find(id).orElseThrow(() -> notFound(id));
        try {
            customers.update(id, name, phone);
            flash.addFlashAttribute("message", "הפרטים נשמרו");
            return "redirect:/customers/" + id;
        } catch (InvalidPhoneNumberException | DuplicatePhoneException e) {
            return formWithError(new CustomerForm(id, name, phone), e, model);
        }
    }

    private static String formWithError(CustomerForm form, RuntimeException e, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", e instanceof DuplicatePhoneException duplicate
                ? "המספר כבר שייך ללקוח אחר (מספר לקוח " + duplicate.existingCustomerId() + ")"
                : "מספר הטלפון אינו תקין");
        return "customer-form";
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "אין לקוח מספר " + id);
    }

    /** What the add/edit form shows. */
    public record CustomerForm(Long id, String name, String phone) {
    }
}
