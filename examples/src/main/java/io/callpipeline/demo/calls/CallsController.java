package io.callpipeline.demo.calls;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallAlreadyAssignedException;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallSearch;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.query.NotFoundException;
import io.callpipeline.crm.query.ResultPage;
import io.callpipeline.crm.web.CallView;
import io.callpipeline.crm.web.CallViews;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "שיחות": the recent calls of the agencies the user sees, newest first, with their status, including calls
 * from withheld numbers that belong to nobody, which an agent assigns here to a customer by phone;
 * and search by what was said, by customer or number, within dates, playing a call from where the
 * words were said.
 */
@Controller
public class CallsController {

    private static final int PAGE_SIZE = 25;

    private final CallHistory calls;
    private final CallViews views;
    private final CustomerDirectory customers;
    private final CallAccess access;
    private final AccessLog accessLog;

    public CallsController(CallHistory calls, CallViews views, CustomerDirectory customers, CallAccess access,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.calls = calls;
        this.views = views;
        this.customers = customers;
        this.access = access;
    }

    @GetMapping("/calls")
    public String recent(@RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long customerId,
            HttpServletRequest request, Model model) {
        Set<CallStatus> statuses = EnumSet.noneOf(CallStatus.class);
        for (CallStatus candidate : CallStatus.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                statuses.add(candidate);
            }
        }
        CallSearch search = new CallSearch(q, from, to, views.timeZone(), statuses, customerId, unassigned);
        List<List<String>> words = search.words();
        AccessScope scope = access.currentScope();
        ResultPage<CallLog> shown = calls.search(search, scope, Math.max(0, page), PAGE_SIZE);
        if (!shown.items().isEmpty()) { // the page shows each call's summary: logged as the API logs its lists
            accessLog.calls(AccessAction.LIST, customerId, shown.items().stream().map(CallLog::getId).toList(),
                    q.isBlank() ? null : "a search");
        }
        ResultPage<CallView> found = shown.map(call -> views.of(call, request.getContextPath(), words));
        model.addAttribute("calls", found);
        model.addAttribute("status", status.toLowerCase(Locale.ROOT));
        model.addAttribute("unassigned", unassigned);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customer", customerId == null ? null : customers.find(customerId, scope).orElse(null));
        model.addAttribute("words", words.stream().flatMap(List::stream).toList());
        model.addAttribute("processing", q.isBlank() && found.items().stream().anyMatch(call -> !call.finished()));
        return "calls";
    }

    /** Gives an unassigned call to the customer of its agency with this phone number. */
    @PostMapping("/calls/{id}/assign")
    public String assign(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
            RedirectAttributes flash) {
        AccessScope scope = access.currentScope();
        CallLog call = calls.find(id, scope).orElse(null);
        if (call == null) {
            flash.addFlashAttribute("error", "השיחה לא נמצאה");
            return "redirect:/calls";
        }
        Customer customer = customers.findByPhone(call.getOwner().agency(), phone, scope).orElse(null);
        if (customer == null) {
            flash.addFlashAttribute("error", "אין לקוח עם המספר '" + phone + "'. הוסיפו אותו קודם.");
            return "redirect:/calls?unassigned=true";
        }
        try {
            calls.assign(id, customer.getId(), scope);
            flash.addFlashAttribute("message", "השיחה שויכה ל" + customer.displayName());
            return "redirect:/customers/" + customer.getId() + "?tab=calls";
        } catch (CallAlreadyAssignedException | NotFoundException e) {
            flash.addFlashAttribute("error", e instanceof CallAlreadyAssignedException
                    ? "השיחה כבר משויכת ללקוח אחר" : "השיחה לא נמצאה");
            return "redirect:/calls";
        }
    }
}
