package io.callpipeline.crm.web;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessEntry;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.privacy.AccessLogFilter;
import io.callpipeline.crm.privacy.Erasure;
import io.callpipeline.crm.query.ResultPage;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What a privacy officer and an admin do with calls as personal data: erase a customer with all
 * their calls, or one call, on request; read and export the access log. Admins only (403 for anyone
 * else), and each of these is itself logged. Paths under {@code callpipeline.crm.api-path}.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class PrivacyController {

    static final List<String> CSV_HEADER = List.of("זמן", "משתמש", "פעולה", "סוכנות", "שיחה", "לקוח", "שיחות שהוצגו",
            "כתובת", "פירוט");

    private final CallAccess access;
    private final AccessLog accessLog;
    private final Erasure erasure;
    private final CustomerDirectory customers;
    private final ZoneId timeZone;

    public PrivacyController(CallAccess access, AccessLog accessLog, Erasure erasure, CustomerDirectory customers,
            ZoneId timeZone) {
        this.access = access;
        this.customers = customers;
        this.accessLog = accessLog;
        this.erasure = erasure;
        this.timeZone = timeZone;
    }

    /** What the current user may do here, so a page shows the erase buttons and the log only to admins. */
    @GetMapping("/privacy/me")
    public Map<String, Boolean> me() {
        boolean admin = access.currentScope().everything();
        return Map.of("erase", admin, "readAccessLog", admin);
    }

    /**
     * Erases one call on request: its transcript, answers and search text at once, its recording at
     * the provider soon after (retried until it confirms). 404 for a call that does not exist (or
     * no longer does: erasing twice changes nothing).
     */
    @DeleteMapping("/calls/{callId}")
    public Erasure.Report eraseCall(@PathVariable long callId) {
        return erasure.eraseCall(callId, admin("erase a call"));
    }

    /** Erases a customer and every call of theirs, as {@link #eraseCall} does each. */
    @DeleteMapping("/customers/{customerId}")
    public Erasure.Report eraseCustomer(@PathVariable long customerId) {
        return erasure.eraseCustomer(customerId, admin("erase a customer"));
    }

    /**
     * The same for the host's own customer with this id (see {@code HostCustomers}): their calls and
     * our link to them; the host's own record of the customer is the host's to delete. Nothing to
     * erase (no call of theirs yet) answers 200 with zero calls.
     */
    @DeleteMapping("/customers/ref/{ref}")
    public Erasure.Report eraseHostCustomer(@PathVariable String ref) {
        AccessScope scope = admin("erase a customer");
        return customers.findByHostRef(ref, scope).map(customer -> erasure.eraseCustomer(customer.getId(), scope))
                .orElseGet(() -> new Erasure.Report(0, 0));
    }

    /**
     * The access log, newest first.
     *
     * @param from       the first day, in the CRM's time zone
     * @param to         the last day, inclusive
     * @param user       one user's entries
     * @param action     one kind, e.g. {@code play} (see {@link AccessAction})
     * @param callId     entries about this call, lists that showed it included
     * @param customerId entries about this customer
     * @param paging     {@code page} and {@code size} (20 unless given)
     */
    @GetMapping("/access-log")
    public ResultPage<AccessEntry> accessLog(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long callId,
            @RequestParam(required = false) Long customerId, Paging paging) {
        admin("read the access log");
        AccessLogFilter filter = filter(from, to, user, action, callId, customerId);
        accessLog.write(AccessAction.READ_ACCESS_LOG, null, callId, customerId, List.of(), null);
        return accessLog.page(filter, paging.page(), paging.size());
    }

    /** The same entries as CSV for Excel, every page. */
    @GetMapping("/access-log.csv")
    public ResponseEntity<StreamingResponseBody> accessLogCsv(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long callId,
            @RequestParam(required = false) Long customerId) {
        admin("export the access log");
        AccessLogFilter filter = filter(from, to, user, action, callId, customerId);
        accessLog.write(AccessAction.READ_ACCESS_LOG, null, callId, customerId, List.of(), "as CSV");
        StreamingResponseBody body = output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            out.write(CallsCsv.BOM);
            CallsCsv.row(out, CSV_HEADER);
            for (int number = 0, pages = 1; number < pages; number++) {
                ResultPage<AccessEntry> page = accessLog.page(filter, number, Paging.MAX_SIZE);
                for (AccessEntry entry : page.items()) {
                    CallsCsv.row(out, row(entry));
                }
                pages = page.totalPages();
            }
            out.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("access-log.csv").build().toString())
                .body(body);
    }

    private List<String> row(AccessEntry entry) {
        return List.of(entry.occurredAt().atZone(timeZone).toOffsetDateTime().toString(), entry.actor(),
                entry.action().name().toLowerCase(Locale.ROOT), text(entry.ownerAgency()), text(entry.callId()),
                text(entry.customerId()), entry.callIds().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                text(entry.clientAddress()), text(entry.detail()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private AccessLogFilter filter(LocalDate from, LocalDate to, String user, String action, Long callId,
            Long customerId) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        Instant start = from == null ? null : from.atStartOfDay(timeZone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(timeZone).toInstant();
        return new AccessLogFilter(start, end, user, action(action), callId, customerId);
    }

    private static AccessAction action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AccessAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown action '" + name.strip() + "'; one of " + Arrays.stream(
                    AccessAction.values()).map(a -> a.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private AccessScope admin(String what) {
        AccessScope scope = access.currentScope();
        if (!scope.everything()) {
            throw new AdminOnlyException(what);
        }
        return scope;
    }
}
