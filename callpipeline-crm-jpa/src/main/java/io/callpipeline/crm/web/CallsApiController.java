package io.callpipeline.crm.web;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.call.CallReanswer;
import io.callpipeline.crm.call.CallSearch;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.query.ResultPage;
import io.callpipeline.spring.processing.FailedCallRetry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The calls API the tab and the host's pages read: a customer's calls, recent calls across the CRM
 * (by status, or unassigned), one call, assigning an unassigned call, and another run for a
 * failed one. Paths under {@code callpipeline.crm.api-path}; the host's security applies, and every
 * endpoint reads and acts within the user's {@link CallAccess} scope: another agency's call or
 * customer answers 404, exactly as one that does not exist, and is never counted.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallsApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CallHistory calls;
    private final CallViews views;
    private final FailedCallRetry retries;
    private final CustomerDirectory customers;
    private final CallReanswer reanswers;
    private final CallAccess access;
    private final AccessLog accessLog;

    /**
     * @param retries   re-queues failed calls, or {@code null} when the app has no background
     *                  processing (the retry endpoint then answers 501)
     * @param reanswers answers a completed call again, or {@code null} without a responder (501)
     * @param accessLog where every call shown or acted on is logged, before it is answered
     */
    public CallsApiController(CallHistory calls, CallViews views, FailedCallRetry retries, CustomerDirectory customers,
            CallReanswer reanswers, CallAccess access, AccessLog accessLog) {
        this.access = access;
        this.accessLog = accessLog;
        this.retries = retries;
        this.calls = calls;
        this.views = views;
        this.customers = customers;
        this.reanswers = reanswers;
    }

    /** A customer's calls, newest first; 404 for an unknown customer. */
    @GetMapping("/customers/{customerId}/calls")
    public ResultPage<CallView> customerCalls(@PathVariable long customerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        checkPage(page, size);
        return listed(customerId, null, calls.ofCustomer(customerId, access.currentScope(), page, size))
                .map(c -> views.of(c, request.getContextPath()));
    }

    /**
     * The calls of the host's own customer with this id (see {@code HostCustomers}), newest first; an
     * empty page until its first call, since the host's customers exist before any call of theirs.
     */
    @GetMapping("/customers/ref/{ref}/calls")
    public ResultPage<CallView> hostCustomerCalls(@PathVariable String ref,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        checkPage(page, size);
        AccessScope scope = access.currentScope();
        return customers.findByHostRef(ref, scope)
                .map(customer -> listed(customer.getId(), null, calls.ofCustomer(customer.getId(), scope, page, size)))
                .orElseGet(() -> new ResultPage<>(List.of(), page, size, 0))
                .map(c -> views.of(c, request.getContextPath()));
    }

    /**
     * All of a customer's calls as CSV for Excel ({@link CallsCsv}): newest first, as a download
     * named after the customer's id; 404 for an unknown customer.
     */
    @GetMapping("/customers/{customerId}/calls.csv")
    public ResponseEntity<StreamingResponseBody> customerCallsCsv(@PathVariable long customerId,
            HttpServletRequest request) {
        AccessScope scope = access.currentScope();
        calls.ofCustomer(customerId, scope, 0, 1); // 404 now, not halfway through the download
        accessLog.calls(AccessAction.EXPORT, customerId, List.of(), "all the customer's calls, as CSV");
        return csv(customerId, scope, "calls-customer-" + customerId + ".csv", request.getContextPath());
    }

    /** The same for the host's own customer with this id; only the header row before its first call. */
    @GetMapping("/customers/ref/{ref}/calls.csv")
    public ResponseEntity<StreamingResponseBody> hostCustomerCallsCsv(@PathVariable String ref,
            HttpServletRequest request) {
        AccessScope scope = access.currentScope();
        Long customerId = customers.findByHostRef(ref, scope).map(customer -> customer.getId()).orElse(null);
        if (customerId != null) {
            accessLog.calls(AccessAction.EXPORT, customerId, List.of(), "all the customer's calls, as CSV");
        }
        return csv(customerId, scope, "calls-customer-" + ref.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv",
                request.getContextPath());
    }

    /** @param scope taken on the request's thread: the body is written on another */
    private ResponseEntity<StreamingResponseBody> csv(Long customerId, AccessScope scope, String fileName,
            String contextPath) {
        StreamingResponseBody body = output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            CallsCsv.writeHeader(out);
            for (int number = 0, pages = customerId == null ? 0 : 1; number < pages; number++) {
                ResultPage<CallLog> page = calls.ofCustomer(customerId, scope, number, MAX_PAGE_SIZE);
                for (CallLog call : page.items()) {
                    CallsCsv.write(out, views.of(call, contextPath));
                }
                pages = page.totalPages();
            }
            out.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
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
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        checkPage(page, size);
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
        logged(AccessAction.VIEW, call);
        return views.of(call, request.getContextPath());
    }

    /** A page of calls, logged as shown to the current user before it is answered. */
    private ResultPage<CallLog> listed(Long customerId, String detail, ResultPage<CallLog> page) {
        if (!page.items().isEmpty()) {
            accessLog.calls(AccessAction.LIST, customerId, page.items().stream().map(CallLog::getId).toList(), detail);
        }
        return page;
    }

    private CallLog logged(AccessAction action, CallLog call) {
        accessLog.call(action, call.getOwner().agency(), call.getId(),
                call.getCustomer() == null ? null : call.getCustomer().getId());
        return call;
    }

    /** Gives an unassigned call to a customer: body {@code {"customerId": 42}}. */
    @PutMapping("/calls/{callId}/customer")
    public CallView assign(@PathVariable long callId, @RequestBody Assignment assignment, HttpServletRequest request) {
        if (assignment == null || assignment.customerId() == null) {
            throw new BadRequestException("The body must name the customer: {\"customerId\": 42}");
        }
        return views.of(logged(AccessAction.ASSIGN, calls.assign(callId, assignment.customerId(), access.currentScope())),
                request.getContextPath());
    }

    /**
     * Gives a failed call another run from the step where it stopped, paying for nothing twice:
     * 202 with the call, 409 when the call has not failed.
     */
    @PostMapping("/calls/{callId}/retry")
    public ResponseEntity<CallView> retry(@PathVariable long callId, HttpServletRequest request) {
        AccessScope scope = access.currentScope();
        CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
        if (retries == null) {
            throw new RetryUnavailableException();
        }
        FailedCallRetry.Result result = retries.retry(call.getRecordingSid());
        if (result != FailedCallRetry.Result.REQUEUED) {
            throw new CallNotRetryableException(callId, call.getStatus().name().toLowerCase(Locale.ROOT));
        }
        CallLog requeued = logged(AccessAction.RETRY,
                calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId)));
        return ResponseEntity.accepted().body(views.of(requeued, request.getContextPath()));
    }

    /** The body of an assignment. */
    public record Assignment(Long customerId) {
    }

    /**
     * Answers a completed call again with today's prompt and model, from its stored transcript
     * (nothing is transcribed again): 200 with the call, its new answer and the earlier ones; 409
     * when the call is not completed; 502/503 when the model cannot answer (nothing changes).
     */
    @PostMapping("/calls/{callId}/reanswer")
    public CallView reanswer(@PathVariable long callId, HttpServletRequest request) {
        AccessScope scope = access.currentScope();
        if (reanswers == null) {
            calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId)); // 404 before 501
            throw new RetryUnavailableException("This app has no responder to answer calls again");
        }
        return views.of(logged(AccessAction.REANSWER, reanswers.reanswer(callId, scope)), request.getContextPath());
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException("page " + page + " is past any list's end");
        }
    }

    private static Set<CallStatus> statuses(String status) {
        Set<CallStatus> statuses = EnumSet.noneOf(CallStatus.class);
        if (status == null || status.isBlank()) {
            return statuses;
        }
        for (String name : status.split(",")) {
            try {
                statuses.add(CallStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown status '" + name.strip() + "'; one of "
                        + Arrays.stream(CallStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
        }
        return statuses;
    }
}
