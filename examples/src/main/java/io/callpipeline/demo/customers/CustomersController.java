package io.callpipeline.demo.customers;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.AgencyNotVisibleException;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.followup.CustomerStory;
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
 * The customers of the agencies the user sees: a list searchable by name or phone, a customer's page
 * with its tabs (details, and the CRM extension's "שיחות מוקלטות"), and the add/edit form. Another
 * agency's customer is "not found", as one that does not exist.
 */
@Controller
public class CustomersController {

    private final CustomerStory stories;

    private static final int PAGE_SIZE = 20;

    private final CustomerDirectory customers;
    private final CallHistory calls;
    private final CallAccess access;

    public CustomersController(CustomerDirectory customers, CallHistory calls, CallAccess access,
            CustomerStory stories) {
        this.stories = stories;
        this.customers = customers;
        this.calls = calls;
        this.access = access;
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/customers";
    }

    @GetMapping("/customers")
    public String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ResultPage<Customer> found = customers.search(q, access.currentScope(), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("customers", found);
        return "customers";
    }

    @GetMapping("/customers/{id}")
    public String show(@PathVariable long id, @RequestParam(defaultValue = "details") String tab, Model model) {
        AccessScope scope = access.currentScope();
        Customer customer = customers.find(id, scope).orElseThrow(() -> notFound(id));
        model.addAttribute("customer", customer);
        model.addAttribute("tab", "calls".equals(tab) ? "calls" : "details");
        model.addAttribute("callCount", calls.ofCustomer(id, scope, 0, 1).total());
        if (!"calls".equals(tab)) {
            model.addAttribute("story", stories.of(id, scope));
        }
        return "customer";
    }

    @GetMapping("/customers/new")
    public String newCustomer(Model model) {
        model.addAttribute("form", new CustomerForm(null, "", "", null));
        return "customer-form";
    }

    /** A new customer of the user's agency; a user of several (an admin) chooses which. */
    @PostMapping("/customers")
    public String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone,
            @RequestParam(required = false) String agency, Model model, RedirectAttributes flash) {
        AccessScope scope = access.currentScope();
        String chosen = agency != null && !agency.isBlank() ? agency : scope.homeAgency();
        try {
            Customer created = customers.create(chosen, name, phone, scope);
            flash.addFlashAttribute("message", "הלקוח נוסף");
            return "redirect:/customers/" + created.getId();
        } catch (InvalidPhoneNumberException | DuplicatePhoneException | AgencyNotVisibleException e) {
            return formWithError(new CustomerForm(null, name, phone, chosen), e, model);
        }
    }

    @GetMapping("/customers/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        Customer customer = customers.find(id, access.currentScope()).orElseThrow(() -> notFound(id));
        model.addAttribute("form", new CustomerForm(id, customer.getName() == null ? "" : customer.getName(),
                customer.getPhone() == null ? "" : customer.getPhone(), customer.getAgency()));
        return "customer-form";
    }

    @PostMapping("/customers/{id}")
    public String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone, Model model, RedirectAttributes flash) {
        AccessScope scope = access.currentScope();
        Customer customer = customers.find(id, scope).orElseThrow(() -> notFound(id));
        try {
            customers.update(id, name, phone, scope);
            flash.addFlashAttribute("message", "הפרטים נשמרו");
            return "redirect:/customers/" + id;
        } catch (InvalidPhoneNumberException | DuplicatePhoneException e) {
            return formWithError(new CustomerForm(id, name, phone, customer.getAgency()), e, model);
        }
    }

    private static String formWithError(CustomerForm form, RuntimeException e, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", e instanceof DuplicatePhoneException duplicate
                ? "המספר כבר שייך ללקוח אחר (מספר לקוח " + duplicate.existingCustomerId() + ")"
                : e instanceof AgencyNotVisibleException ? "יש לבחור סוכנות" : "מספר הטלפון אינו תקין");
        return "customer-form";
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "אין לקוח מספר " + id);
    }

    /**
     * What the add/edit form shows.
     *
     * @param agency the agency's id: chosen for a new customer, shown for an existing one
     */
    public record CustomerForm(Long id, String name, String phone, String agency) {
    }
}
