package io.callpipeline.demo.privacy;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessEntry;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.crm.privacy.AccessLogFilter;
import io.callpipeline.crm.query.ResultPage;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "יומן גישה": the access log as a privacy officer reads it, newest first, with a link to its CSV.
 * Admins only (403 for anyone else); reading it is itself logged, as through the API.
 */
@Controller
public class AccessLogPage {

    private static final int PAGE_SIZE = 50;

    private final AccessLog accessLog;
    private final CallAccess access;

    public AccessLogPage(AccessLog accessLog, CallAccess access) {
        this.accessLog = accessLog;
        this.access = access;
    }

    @GetMapping("/access-log")
    public String page(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!access.currentScope().everything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin reads the access log");
        }
        accessLog.write(AccessAction.READ_ACCESS_LOG, null, null, null, List.of(), "the demo's page");
        ResultPage<AccessEntry> entries = accessLog.page(AccessLogFilter.ALL, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("zone", ZoneId.of("Asia/Jerusalem"));
        return "access-log";
    }
}
