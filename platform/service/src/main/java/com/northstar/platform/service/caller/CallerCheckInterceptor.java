package com.northstar.platform.service.caller;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link CallersAllowed} before the operation runs, and leaves the caller on the request. */
public class CallerCheckInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = Caller.class.getName();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.fromHeaders(request::getHeader);
        if (caller != null) {
            request.setAttribute(ATTRIBUTE, caller);
        }
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        CallersAllowed allowed = method.getMethodAnnotation(CallersAllowed.class);
        if (allowed == null) {
            return true;
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
