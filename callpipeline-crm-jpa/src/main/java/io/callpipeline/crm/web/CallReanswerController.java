package io.callpipeline.crm.web;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallReanswer;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Another answer for a completed call, with today's prompt and model, from its stored transcript
 * (nothing is transcribed again). Exists only in an app with a responder (a {@link CallReanswer}).
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CallReanswerController {

    private final CallViews views;
    private final CallReanswer reanswers;
    private final CallAccess access;
    private final AccessLog accessLog;

    public CallReanswerController(CallViews views, CallReanswer reanswers, CallAccess access, AccessLog accessLog) {
        this.views = views;
        this.reanswers = reanswers;
        this.access = access;
        this.accessLog = accessLog;
    }

    /**
     * 200 with the call, its new answer and the earlier ones; 409 when the call is not completed or
     * another request is answering it now; 502/503 when the model cannot answer (nothing changes).
     */
    @PostMapping("/calls/{callId}/reanswer")
    public CallView reanswer(@PathVariable long callId, HttpServletRequest request) {
        return views.of(accessLog.call(AccessAction.REANSWER, reanswers.reanswer(callId, access.currentScope())),
                request.getContextPath());
    }
}
