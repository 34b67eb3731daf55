package io.callpipeline.crm.web;

import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallNotFoundException;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import io.callpipeline.spring.processing.FailedCallRetry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Another run for a failed call, from the step where it stopped, paying for nothing twice. Exists
 * only in an app with background processing (a {@link FailedCallRetry}).
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallRetryController {

    private final CallHistory calls;
    private final CallViews views;
    private final FailedCallRetry retries;
    private final CallAccess access;
    private final AccessLog accessLog;

    public CallRetryController(CallHistory calls, CallViews views, FailedCallRetry retries, CallAccess access,
            AccessLog accessLog) {
        this.calls = calls;
        this.views = views;
        this.retries = retries;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** 202 with the call; 409 when the call has not failed (or another retry reopened it a moment before). */
    @PostMapping("/calls/{callId}/retry")
    public ResponseEntity<CallView> retry(@PathVariable long callId, HttpServletRequest request) {
        AccessScope scope = access.currentScope();
        CallLog call = calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId));
        FailedCallRetry.Result result = retries.retry(call.getRecordingSid());
        if (result != FailedCallRetry.Result.REQUEUED) {
            throw new CallNotRetryableException(callId, call.getStatus().name().toLowerCase(Locale.ROOT));
        }
        CallLog requeued = accessLog.call(AccessAction.RETRY,
                calls.find(callId, scope).orElseThrow(() -> new CallNotFoundException(callId)));
        return ResponseEntity.accepted().body(views.of(requeued, request.getContextPath()));
    }
}
