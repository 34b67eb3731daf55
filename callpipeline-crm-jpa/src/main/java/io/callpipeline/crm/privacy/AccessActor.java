package io.callpipeline.crm.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, and from where, for the access log: the request's principal (Spring Security's
 * user when the host has it, or the container's) and its remote address. A host whose users are
 * known some other way (a header set by its gateway) replaces it with one bean.
 */
public interface AccessActor {

    /** The name of a request without a logged-in user. */
    String ANONYMOUS = "anonymous";

    /** The name of work the app does by itself (retention purge, a deletion retried in the background). */
    String SYSTEM = "system";

    /** The current user's name; {@value #ANONYMOUS} when nobody is logged in, {@value #SYSTEM} outside a request. */
    String name();

    /** The current request's client address, or {@code null} outside a request. */
    String clientAddress();

    /** The default: the servlet request's principal and remote address. */
    static AccessActor fromRequest() {
        return new AccessActor() {
            @Override
            public String name() {
                HttpServletRequest request = current();
                if (request == null) {
                    return SYSTEM;
                }
                Principal user = request.getUserPrincipal();
                return user == null || user.getName() == null ? ANONYMOUS : user.getName();
            }

            @Override
            public String clientAddress() {
                HttpServletRequest request = current();
                return request == null ? null : request.getRemoteAddr();
            }

            private HttpServletRequest current() {
                RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
                return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
            }
        };
    }
}
