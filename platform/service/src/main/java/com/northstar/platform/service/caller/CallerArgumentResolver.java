package com.northstar.platform.service.caller;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets an operation take the verified {@link Caller} as a parameter, as {@link CallerCheckInterceptor} read it
 * from the trusted headers; an absent caller is 401.
 */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Object caller = request == null ? null : request.getAttribute(CallerCheckInterceptor.ATTRIBUTE);
        if (caller == null) {
            throw ApiException.unauthorized("authentication required");
        }
        return caller;
    }
}
