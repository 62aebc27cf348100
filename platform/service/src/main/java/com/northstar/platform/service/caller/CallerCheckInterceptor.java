package com.northstar.platform.service.caller;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link CallersAllowed} before the operation runs, and leaves the caller on the request.
 *
 * <p>Deny by default: an operation without a declaration is refused with 403 whoever calls it, so one that was
 * forgotten is closed, not open. Only the framework handlers {@link DeclaredCallers} names by type are exempt.
 */
public class CallerCheckInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = Caller.class.getName();
    private static final Logger log = LoggerFactory.getLogger(CallerCheckInterceptor.class);

    /** Undeclared handlers already logged, so a client hammering one does not flood the log. */
    private final Set<HandlerMethod> reportedUndeclared = ConcurrentHashMap.newKeySet();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.fromHeaders(request::getHeader);
        if (caller != null) {
            request.setAttribute(ATTRIBUTE, caller);
        }
        if (!(handler instanceof HandlerMethod method) || DeclaredCallers.isFrameworkHandler(method)) {
            return true;
        }
        CallersAllowed allowed = DeclaredCallers.of(method);
        if (allowed == null) {
            if (reportedUndeclared.add(method)) {
                log.warn("{} declares no callers (@CallersAllowed) and refuses every request", method);
            }
            throw ApiException.forbidden("caller may not perform this operation");
        }
        if (caller == null) {
            throw ApiException.unauthorized("authentication required");
        }
        if (!caller.hasAny(allowed.value())) {
            throw ApiException.forbidden("caller may not perform this operation");
        }
        return true;
    }
}
