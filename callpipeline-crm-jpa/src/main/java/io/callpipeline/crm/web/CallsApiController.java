package io.callpipeline.crm.web;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.CallSearch;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.query.ResultPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls API the tab and the host's pages read: a customer's calls, recent calls across the CRM
 * (by status, or unassigned, or by what was said), one call, and assigning an unassigned call. The
 * export, another run for a failed call and another answer have controllers of their own. Paths under {@code callpipeline.crm.api-path}; the host's security applies, and every
 * endpoint reads and acts within the user's {@link CallAccess} scope: another agency's call or
 * customer answers 404, exactly as one that does not exist, and is never counted.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallsApiController {

    private final CallHistory calls;
    private final CallViews views;
    private final CustomerDirectory customers;
    private final CallAccess access;
    private final AccessLog accessLog;

    /** @param accessLog where every call shown or acted on is logged, before it is answered */
    public CallsApiController(CallHistory calls, CallViews views, CustomerDirectory customers, CallAccess access,
            AccessLog accessLog) {
        this.access = access;
        this.accessLog = accessLog;
        this.calls = calls;
        this.views = views;
        this.customers = customers;
    }

    /** A customer's calls, newest first; 404 for an unknown customer. */
    @GetMapping("/customers/{customerId}/calls")
    public ResultPage<CallView> customerCalls(@PathVariable long customerId,
            Paging paging, HttpServletRequest request) {
        int page = paging.page();
        int size = paging.size();
        return listed(customerId, null, calls.ofCustomer(customerId, access.currentScope(), page, size))
                .map(c -> views.of(c, request.getContextPath()));
    }

    /**
     * The calls of the host's own customer with this id (see {@code HostCustomers}), newest first; an
     * empty page until its first call, since the host's customers exist before any call of theirs.
     */
    @GetMapping("/customers/ref/{ref}/calls")
    public ResultPage<CallView> hostCustomerCalls(@PathVariable String ref,
            Paging paging, HttpServletRequest request) {
        int page = paging.page();
        int size = paging.size();
        AccessScope scope = access.currentScope();
        return customers.findByHostRef(ref, scope)
                .map(customer -> listed(customer.getId(), null, calls.ofCustomer(customer.getId(), scope, page, size)))
                .orElseGet(() -> new ResultPage<>(List.of(), page, size, 0))
                .map(c -> views.of(c, request.getContextPath()));
    }

    /**
     * Recent calls of all customers, newest first; with {@code q}, the calls whose words, answer,
     * customer or number hold every word of it, each with the segment where one was said.
     *
     * @param status     comma-separated statuses, e.g. {@code processing,failed}; all when absent
     * @param unassigned {@code true} for calls that belong to no customer only
     * @param q          words to find (see {@code CallSearch}); none when absent
     * @param from       the first day ({@code 2026-11-01}), in the CRM's time zone
     * @param to         the last day, inclusive
     * @param customerId one customer's calls only
     * @param customerRef one of the host's own customers' calls only (see {@code HostCustomers}); none
     *                    before that customer's first call
     */
    @GetMapping("/calls")
    public ResultPage<CallView> recentCalls(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean unassigned, @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String customerRef,
            Paging paging, HttpServletRequest request) {
        int page = paging.page();
        int size = paging.size();
        AccessScope scope = access.currentScope();
        if (customerRef != null) {
            Long linked = customers.findByHostRef(customerRef, scope).map(customer -> customer.getId()).orElse(null);
            if (linked == null) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            customerId = linked;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        CallSearch search = new CallSearch(q, from, to, views.timeZone(), statuses(status), customerId, unassigned);
        List<List<String>> words = search.words();
        // the search's words are not logged: they may be a name or a number
        return listed(customerId, q == null || q.isBlank() ? null : "a search", calls.search(search, scope, page, size))
                .map(c -> views.of(c, request.getContextPath(), words));
    }

    @GetMapping("/calls/{callId}")
    public CallView call(@PathVariable long callId, HttpServletRequest request) {
        CallLog call = calls.find(callId, access.currentScope()).orElseThrow(() -> new CallNotFoundException(callId));
        accessLog.call(AccessAction.VIEW, call);
        return views.of(call, request.getContextPath());
    }

    /** A page of calls, logged as shown to the current user before it is answered. */
    private ResultPage<CallLog> listed(Long customerId, String detail, ResultPage<CallLog> page) {
        if (!page.items().isEmpty()) {
            accessLog.calls(AccessAction.LIST, customerId, page.items().stream().map(CallLog::getId).toList(), detail);
        }
        return page;
    }


    /** Gives an unassigned call to a customer: body {@code {"customerId": 42}}. */
    @PutMapping("/calls/{callId}/customer")
    public CallView assign(@PathVariable long callId, @RequestBody Assignment assignment, HttpServletRequest request) {
        if (assignment == null || assignment.customerId() == null) {
            throw new BadRequestException("The body must name the customer: {\"customerId\": 42}");
        }
        return views.of(accessLog.call(AccessAction.ASSIGN, calls.assign(callId, assignment.customerId(), access.currentScope())),
                request.getContextPath());
    }

    /** The body of an assignment. */
    public record Assignment(Long customerId) {
    }

    private static Set<CallStatus> statuses(String status) {
        Set<CallStatus> statuses = EnumSet.noneOf(CallStatus.class);
        if (status == null || status.isBlank()) {
            return statuses;
        }
        for (String name : status.split(",")) {
            statuses.add(CallStatus.fromApiValue(name).orElseThrow(() -> new BadRequestException("Unknown status '"
                    + name.strip() + "'; one of " + Arrays.stream(CallStatus.values()).map(CallStatus::apiValue)
                            .collect(Collectors.joining(", ")))));
        }
        return statuses;
    }
}
