package io.callpipeline.crm.web;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.query.ResultPage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A customer's calls as a CSV download for Excel ({@link CallsCsv}), streamed page by page so a
 * customer with years of calls never sits in memory; within the user's {@link CallAccess} scope, and
 * logged as an export before the first byte.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallsExportController {

    private final CallHistory calls;
    private final CallViews views;
    private final CustomerDirectory customers;
    private final CallAccess access;
    private final AccessLog accessLog;

    public CallsExportController(CallHistory calls, CallViews views, CustomerDirectory customers, CallAccess access,
            AccessLog accessLog) {
        this.calls = calls;
        this.views = views;
        this.customers = customers;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** All of a customer's calls, newest first, named after the customer's id; 404 for an unknown customer. */
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
                ResultPage<CallLog> page = calls.ofCustomer(customerId, scope, number, Paging.MAX_SIZE);
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
}
